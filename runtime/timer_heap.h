// The event loop's timers: a binary min-heap that moves entries exactly as
// CPython's heapq does (runtime/heapq.h), so that the order in which
// timers fire matches asyncio's, even for deadlines that do not compare:
// a NaN deadline is neither earlier nor later than any other, so, as in
// CPython, it stays where heapq's moves leave it and fires when it reaches
// the top (BaseEventLoop._run_once treats a top entry as due unless
// `when >= end_time`, which is false for NaN).
//
// Entries order by (when, seq): seq is the insertion order, which makes
// equal deadlines FIFO, as they are in CPython where loop.time() advances
// between two calls.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace coil::rt {

struct TimerHandle;

struct TimerEntry {
  double when;
  uint64_t seq;
  TimerHandle* handle;
};

class TimerHeap {
 public:
  bool empty() const { return heap_.empty(); }
  size_t size() const { return heap_.size(); }
  const TimerEntry& top() const { return heap_.front(); }
  // heapq.heappush.
  void push(TimerEntry e);
  // heapq.heappop: removes and returns the top entry.
  TimerEntry pop();
  // Keeps the entries for which keep(entry) is true, then heapq.heapify.
  template <class F>
  void filter(F&& keep) {
    std::vector<TimerEntry> live;
    for (const TimerEntry& e : heap_)
      if (keep(e)) live.push_back(e);
    heap_.swap(live);
    heapify();
  }
  void clear() { heap_.clear(); }
  std::vector<TimerEntry>::const_iterator begin() const { return heap_.begin(); }
  std::vector<TimerEntry>::const_iterator end() const { return heap_.end(); }

 private:
  void heapify();
  std::vector<TimerEntry> heap_;  // moved by runtime/heapq.h only
};

}  // namespace coil::rt
