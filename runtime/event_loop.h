// The event loop core, following asyncio's BaseEventLoop._run_once so that
// interleavings match CPython exactly:
//   - a FIFO ready queue of callbacks;
//   - a min-heap of timers ordered by (deadline, insertion order);
//   - each iteration first moves due timers to the ready queue, then runs
//     exactly the callbacks that were ready when it began;
//   - when nothing is ready it waits for the nearest deadline (real time) or
//     jumps the virtual clock there (virtual time).
//
// Task steps and future wake-ups are queue entries of their own kind, not
// script callables, so the common path allocates nothing per hand-off.
#pragma once
#include <cstdint>
#include <deque>
#include <vector>

#include "runtime/misc.h"
#include "runtime/object.h"
#include "runtime/timer_heap.h"

namespace coil::rt {

struct Future;
struct Task;
struct TimerHandle;

// What a ready-queue entry does when it runs.
enum class ReadyKind : uint8_t {
  TaskStep,        // obj: Task; arg: exception to throw in, or Undef
  TaskWakeup,      // obj: Task; arg: the Future it waited on
  FutureCallback,  // obj: the Future; arg: a script callable fn(fut)
  Handle,          // obj: a Handle (script callback with arguments)
  GatherChild,     // obj: the gather Future; arg: the finished child
  Native,          // obj: a NativeObject with run_ready(arg)
};

struct ReadyEntry {
  Object* obj;
  Value arg;
  ReadyKind kind;
};

struct EventLoop : NativeObject {
  std::deque<ReadyEntry> ready;
  TimerHeap timers;
  uint64_t timer_seq = 0;
  size_t cancelled_timers = 0;
  bool running = false;
  bool stopping = false;
  bool closed = false;
  Task* current_task = nullptr;
  // Tasks not yet done (asyncio.all_tasks()).
  std::vector<Task*> tasks;

  EventLoop();
  void trace(Tracer& t) override;

  double time() const;
  void call_soon(ReadyKind k, Object* obj, Value arg = Value()) { ready.push_back({obj, arg, k}); }
  TimerHandle* call_at(double when, Value callback, std::vector<Value> args);
  void add_timer(TimerHandle* h);
  // One iteration of the loop (BaseEventLoop._run_once).
  void run_once();
  // Runs until `fut` is done; returns its result or raises its exception.
  Value run_until_complete(Value fut);
  void run_forever();

  void task_started(Task* t);
  void task_finished(Task* t);
};

// An optional wait that replaces the idle sleep of run_once (the REPL installs
// one that also watches stdin and SIGINT). `timeout` is the seconds until the
// next timer, 0 when callbacks are ready (poll only), or -1 when nothing is
// scheduled. It returns false when it has nothing to wait for either; a
// timeout of -1 is then a deadlock. Null (the default) keeps clock_sleep.
using IdleWaiter = bool (*)(double timeout);
extern IdleWaiter g_idle_waiter;

// The loop asyncio.run / run_until_complete is running, or null.
EventLoop* running_loop();
void set_running_loop(EventLoop* loop);
// The loop get_event_loop() returns outside a running loop (made on demand).
EventLoop* current_loop();
EventLoop* new_event_loop();
TypeObject* event_loop_type();

}  // namespace coil::rt
