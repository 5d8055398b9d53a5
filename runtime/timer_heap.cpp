#include "runtime/timer_heap.h"

#include "runtime/heapq.h"

namespace coil::rt {

namespace {

// TimerHandle.__lt__ with the insertion order as tie-break. False both ways
// when either deadline is NaN, as Python's float comparison.
bool less(const TimerEntry& a, const TimerEntry& b) {
  return a.when < b.when || (a.when == b.when && a.seq < b.seq);
}

}  // namespace

void TimerHeap::push(TimerEntry e) { heapq::push(heap_, e, less); }

TimerEntry TimerHeap::pop() { return heapq::pop(heap_, less); }

void TimerHeap::heapify() { heapq::heapify(heap_, less); }

}  // namespace coil::rt
