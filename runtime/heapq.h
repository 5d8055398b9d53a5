// CPython's heapq algorithm (Lib/heapq.py: heappush, heappop and the
// bottom-up _siftup), for any random-access sequence and any `less`.
//
// coil's heaps must move entries exactly as heapq does, not merely keep the
// heap property: the order in which equal or unordered entries (a NaN
// deadline, priority-queue items that compare equal) come out is heapq's
// order only if every move is the same. `less` may call script code (a
// priority queue's `<`) and may raise; the sequence stays a valid heap.
#pragma once
#include <cstddef>
#include <utility>

namespace coil::rt::heapq {

// _siftdown: moves heap[pos] up towards `start` while it is less than its
// parent.
template <class Seq, class Less>
void sift_down(Seq& heap, size_t start, size_t pos, Less less) {
  auto item = heap[pos];
  while (pos > start) {
    size_t parent = (pos - 1) / 2;
    if (!less(item, heap[parent])) break;
    heap[pos] = heap[parent];
    pos = parent;
  }
  heap[pos] = item;
}

// _siftup: moves the smaller child up until a leaf is reached, puts the
// entry there and lets it bubble back up.
template <class Seq, class Less>
void sift_up(Seq& heap, size_t pos, Less less) {
  size_t end = heap.size(), start = pos;
  auto item = heap[pos];
  size_t child = 2 * pos + 1;
  while (child < end) {
    size_t right = child + 1;
    if (right < end && !less(heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  sift_down(heap, start, pos, less);
}

template <class Seq, class T, class Less>
void push(Seq& heap, T item, Less less) {
  heap.push_back(std::move(item));
  sift_down(heap, 0, heap.size() - 1, less);
}

// heappop on a non-empty heap.
template <class Seq, class Less>
auto pop(Seq& heap, Less less) {
  auto last = heap.back();
  heap.pop_back();
  if (heap.empty()) return last;
  auto first = heap.front();
  heap.front() = last;
  sift_up(heap, 0, less);
  return first;
}

template <class Seq, class Less>
void heapify(Seq& heap, Less less) {
  for (size_t i = heap.size() / 2; i-- > 0;) sift_up(heap, i, less);
}

}  // namespace coil::rt::heapq
