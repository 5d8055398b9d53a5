#include "runtime/timer_heap.h"

namespace coil::rt {

namespace {

// TimerHandle.__lt__ with the insertion order as tie-break. False both ways
// when either deadline is NaN, as Python's float comparison.
bool less(const TimerEntry& a, const TimerEntry& b) {
  return a.when < b.when || (a.when == b.when && a.seq < b.seq);
}

}  // namespace

void TimerHeap::push(TimerEntry e) {
  heap_.push_back(e);
  sift_down(0, heap_.size() - 1);
}

TimerEntry TimerHeap::pop() {
  TimerEntry last = heap_.back();
  heap_.pop_back();
  if (heap_.empty()) return last;
  TimerEntry first = heap_.front();
  heap_.front() = last;
  sift_up(0);
  return first;
}

void TimerHeap::heapify() {
  for (size_t i = heap_.size() / 2; i-- > 0;) sift_up(i);
}

// Moves the entry at `pos` up towards `start` while it is less than its
// parent.
void TimerHeap::sift_down(size_t start, size_t pos) {
  TimerEntry item = heap_[pos];
  while (pos > start) {
    size_t parent = (pos - 1) / 2;
    if (!less(item, heap_[parent])) break;
    heap_[pos] = heap_[parent];
    pos = parent;
  }
  heap_[pos] = item;
}

// Moves the smaller child up until a leaf is reached, puts the entry there
// and lets it bubble back up (heapq's bottom-up variant: the same moves,
// hence the same order of equal or unordered entries, as CPython).
void TimerHeap::sift_up(size_t pos) {
  size_t end = heap_.size();
  size_t start = pos;
  TimerEntry item = heap_[pos];
  size_t child = 2 * pos + 1;
  while (child < end) {
    size_t right = child + 1;
    if (right < end && !less(heap_[child], heap_[right])) child = right;
    heap_[pos] = heap_[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap_[pos] = item;
  sift_down(start, pos);
}

}  // namespace coil::rt
