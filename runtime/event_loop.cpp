#include "runtime/event_loop.h"

#include <algorithm>
#include <cmath>

#include "runtime/clock.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/future.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/signals.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace coil::rt {

namespace {

EventLoop* g_running = nullptr;
EventLoop* g_current = nullptr;

[[noreturn]] void raise_deadlock() {
  raise(exc_types().RuntimeError,
        "event loop deadlock: no task can make progress and nothing is scheduled (CPython would wait forever)");
}

void trace_loops(Tracer& t) {
  t.mark(g_running);
  t.mark(g_current);
}

}  // namespace

TypeObject* event_loop_type() {
  static TypeObject* t = nullptr;
  if (!t) {
    t = new_builtin_type("_UnixSelectorEventLoop", types().object, Kind::Native);
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
    vm().root_hooks.push_back(trace_loops);
  }
  return t;
}

EventLoop::EventLoop() : NativeObject(event_loop_type()) {}

IdleWaiter g_idle_waiter = nullptr;

EventLoop* running_loop() { return g_running; }
void set_running_loop(EventLoop* loop) { g_running = loop; }

EventLoop* new_event_loop() { return heap().make<EventLoop>(); }

EventLoop* current_loop() {
  if (g_running) return g_running;
  if (!g_current || g_current->closed) g_current = new_event_loop();
  return g_current;
}

void EventLoop::trace(Tracer& t) {
  for (const ReadyEntry& e : ready) {
    t.mark(e.obj);
    t.mark(e.arg);
  }
  for (const TimerEntry& e : timers) t.mark(e.handle);
  // `tasks` is weak (asyncio.all_tasks is a WeakSet): see finalize_tasks.
  t.mark(current_task);
}

double EventLoop::time() const { return clock_monotonic(); }

void EventLoop::add_timer(TimerHandle* h) {
  h->scheduled = true;
  timers.push({h->when, timer_seq++, h});
}

TimerHandle* EventLoop::call_at(double when, Value callback, std::vector<Value> args) {
  TimerHandle* h = heap().make<TimerHandle>(timer_handle_type());
  h->is_timer = true;
  h->when = when;
  h->callback = callback;
  h->args = std::move(args);
  add_timer(h);
  return h;
}

void EventLoop::task_started(Task* t) {
  t->registry_index = static_cast<int64_t>(tasks.size());
  tasks.push_back(t);
}

// O(1): the last task moves into the finished task's slot.
void EventLoop::task_finished(Task* t) {
  int64_t i = t->registry_index;
  if (i < 0 || i >= static_cast<int64_t>(tasks.size()) || tasks[i] != t) return;
  Task* last = tasks.back();
  tasks[i] = last;
  last->registry_index = i;
  tasks.pop_back();
  t->registry_index = -1;
}

void EventLoop::run_once() {
  // Drop cancelled timers: all of them when they are the majority of a big
  // heap, else only those at the top.
  if (timers.size() > 100 && cancelled_timers * 2 > timers.size()) {
    timers.filter([](const TimerEntry& e) {
      if (e.handle->cancelled) e.handle->scheduled = false;
      return !e.handle->cancelled;
    });
    cancelled_timers = 0;
  } else {
    while (!timers.empty() && timers.top().handle->cancelled) {
      timers.pop().handle->scheduled = false;
      if (cancelled_timers) --cancelled_timers;
    }
  }
  double timeout = -1;
  if (!ready.empty() || stopping) {
    timeout = 0;
  } else if (!timers.empty()) {
    // min(max(0, when - time()), 24 h) with Python's max and min: a NaN
    // deadline waits 0, an infinite one a day at a time.
    double when = timers.top().when;
    timeout = when - time() > 0 ? std::min(when - time(), 86400.0) : 0.0;
    // On the virtual clock an infinite deadline never comes: waiting for it
    // is waiting for nothing (CPython would sleep forever).
    if (std::isinf(when) && when > 0 && clock_is_virtual()) timeout = -1;
  }
  if (g_idle_waiter) {
    if (!g_idle_waiter(timeout) && timeout < 0) raise_deadlock();
  } else {
    if (timeout < 0) raise_deadlock();
    if (timeout > 0) clock_wait(timeout);
    run_pending_signals();
  }
  // Timers that are due now (within the clock's resolution) become ready.
  double end = time() + 1e-9;
  while (!timers.empty() && !(timers.top().when >= end)) {  // NaN is due
    TimerHandle* h = timers.pop().handle;
    h->scheduled = false;
    ready.push_back({h, Value(), ReadyKind::Handle});
  }
  // Run only what was ready when this iteration began.
  size_t ntodo = ready.size();
  for (size_t i = 0; i < ntodo; ++i) {
    ReadyEntry e = ready.front();
    ready.pop_front();
    Rooted keep_obj(make_obj(e.obj));
    Rooted keep_arg(e.arg);
    switch (e.kind) {
      case ReadyKind::TaskStep: static_cast<Task*>(e.obj)->step(e.arg); break;
      case ReadyKind::TaskWakeup: static_cast<Task*>(e.obj)->wakeup(static_cast<Future*>(e.arg.o)); break;
      case ReadyKind::FutureCallback: call1(e.arg, make_obj(e.obj)); break;
      case ReadyKind::Handle: {
        TimerHandle* h = static_cast<TimerHandle*>(e.obj);
        if (!h->cancelled) h->run();
        break;
      }
      case ReadyKind::GatherChild:
        static_cast<GatherFuture*>(e.obj)->child_done(static_cast<Future*>(e.arg.o));
        break;
      case ReadyKind::Native:
        stopping = true;  // run_until_complete's done callback
        break;
    }
  }
}

void EventLoop::run_forever() {
  if (closed) raise(exc_types().RuntimeError, "Event loop is closed");
  if (running) raise(exc_types().RuntimeError, "This event loop is already running");
  if (g_running) raise(exc_types().RuntimeError, "Cannot run the event loop while another loop is running");
  running = true;
  EventLoop* prev = g_running;
  g_running = this;
  try {
    for (;;) {
      run_once();
      if (stopping) break;
    }
  } catch (...) {
    stopping = false;
    running = false;
    g_running = prev;
    throw;
  }
  stopping = false;
  running = false;
  g_running = prev;
}

Value EventLoop::run_until_complete(Value aw) {
  if (closed) raise(exc_types().RuntimeError, "Event loop is closed");
  Future* fut = ensure_future(this, aw);
  Rooted root(make_obj(fut));
  // The stop callback: a Native entry whose only effect is `stopping`.
  fut->add_callback({ReadyKind::Native, this, Value()});
  try {
    run_forever();
  } catch (...) {
    throw;
  }
  auto& cbs = fut->callbacks;
  cbs.erase(std::remove_if(cbs.begin(), cbs.end(),
                           [&](const FutureCallback& c) { return c.kind == ReadyKind::Native && c.obj == this; }),
            cbs.end());
  if (!fut->done()) raise(exc_types().RuntimeError, "Event loop stopped before Future completed.");
  return fut->get_result();
}

}  // namespace coil::rt
