// The native half of asyncio (module `_asyncio`): the event loop object,
// Future, Task, sleep, gather, run and the task registry. The rest of the
// asyncio API (Event, Lock, Queue, wait_for, TaskGroup, ...) is written in
// the language itself in stdlib/asyncio.py, on top of these.
#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <deque>
#include <unordered_map>

#include "runtime/clock.h"
#include "runtime/dict.h"
#include "runtime/event_loop.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/future.h"
#include "runtime/heap.h"
#include "runtime/heapq.h"
#include "runtime/list.h"
#include "runtime/numbers.h"
#include "runtime/ops.h"
#include "runtime/signals.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/subclass.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"
#include "runtime/warnings.h"
#include "stdlib/modules.h"
#include "vm/code.h"

namespace coil::rt {

namespace {

Str* S(const char* s) { return intern(s); }

bool is_coroutine_obj(Value v) {
  return v.is_obj() && v.o->kind == Kind::Generator &&
         (static_cast<Generator*>(v.o)->is_coroutine() ||
          (static_cast<Generator*>(v.o)->frame()->code->flags & vm::CO_ITERABLE_COROUTINE));
}

EventLoop* need_running_loop() {
  EventLoop* l = running_loop();
  if (!l) raise(exc_types().RuntimeError, "no running event loop");
  return l;
}

Future* self_future(Args& a) {
  if (a.n < 1 || !is_future_yield(a.v[0])) raise(exc_types().TypeError, "descriptor requires a Future");
  return as<Future>(a.v[0]);
}

Task* self_task(Args& a) {
  if (a.n < 1 || !(a.v[0].is_obj() && a.v[0].o->kind == Kind::Native && a.v[0].o->type->is_subtype(task_type())))
    raise(exc_types().TypeError, "descriptor requires a Task");
  return as<Task>(a.v[0]);
}

EventLoop* self_loop(Args& a) {
  if (a.n < 1 || !(a.v[0].is_obj() && a.v[0].o->type == event_loop_type()))
    raise(exc_types().TypeError, "descriptor requires an event loop");
  return as<EventLoop>(a.v[0]);
}

Value arg_or_kw(Args& a, int pos, const char* name, Value dflt = Value()) {
  if (pos < a.n) return a.v[pos];
  Value k = a.kwarg(name);
  return k.is_undef() ? dflt : k;
}

double seconds(Value v) {
  if (!is_number(v)) raise(exc_types().TypeError, "'" + type_name(v) + "' object cannot be interpreted as a number");
  return to_double(v);
}

// ------------------------------------------------------- traceback frames
// asyncio.run is native here; CPython's traceback shows its library frames.
void add_runner_frames(Value exc) {
  if (!(exc.is_obj() && exc.o->kind == Kind::Exception)) return;
  add_library_traceback(exc, 653, "<stdlib>/asyncio/base_events.py", "run_until_complete", "return future.result()");
  add_library_traceback(exc, 118, "<stdlib>/asyncio/runners.py", "run", "return self._loop.run_until_complete(task)");
  add_library_traceback(exc, 190, "<stdlib>/asyncio/runners.py", "run", "return runner.run(main)");
}

// ------------------------------------------------------------------ sleep

// asyncio.sleep(delay, result): a future that resolves itself from a timer.
struct Sleep : Future {
  double delay;
  Value value;
  TimerHandle* timer = nullptr;
  bool yielded_zero = false;
  Sleep(TypeObject* t, double d, Value v) : Future(t, nullptr), delay(d), value(v) {}
  void trace(Tracer& t) override {
    Future::trace(t);
    t.mark(value);
    t.mark(timer);
  }
  Value send(Value v, bool* returned) override {
    (void)v;
    if (delay <= 0) {
      // sleep(0): yield once to the loop (a bare yield).
      if (!yielded_zero) {
        yielded_zero = true;
        *returned = false;
        return make_none();
      }
      *returned = true;
      return value.is_undef() ? make_none() : value;
    }
    if (!loop) {
      loop = need_running_loop();
      timer = heap().make<TimerHandle>(timer_handle_type());
      timer->is_timer = true;
      timer->when = loop->time() + delay;
      timer->sleep_future = this;
      timer->sleep_result = value.is_undef() ? make_none() : value;
      loop->add_timer(timer);
    }
    return Future::send(v, returned);
  }
  bool is_coroutine_like() const override { return true; }
  void throw_in(Value exc) override {
    cancel_timer();
    // In CPython the cancellation surfaces inside sleep(), which its
    // traceback shows: at `return await future`, or for sleep(0) in the
    // bare yield of __sleep0().
    if (!exception_matches(exc, make_obj(exc_types().CancelledError))) return;
    if (delay <= 0) {
      add_library_traceback(exc, 634, "<stdlib>/asyncio/tasks.py", "__sleep0", "yield");
      add_library_traceback(exc, 640, "<stdlib>/asyncio/tasks.py", "sleep", "await __sleep0()");
    } else {
      add_library_traceback(exc, 649, "<stdlib>/asyncio/tasks.py", "sleep", "return await future");
    }
  }
  void cancel_timer() {
    if (timer && !timer->cancelled) {
      timer->cancelled = true;
      if (timer->scheduled && loop) ++loop->cancelled_timers;
    }
  }
  bool cancel(Value msg) override {
    bool r = Future::cancel(msg);
    if (timer && !timer->cancelled) {
      timer->cancelled = true;
      if (timer->scheduled && loop) ++loop->cancelled_timers;
    }
    return r;
  }
};

Value sleep_close(Args& a) {
  if (a.n >= 1 && a.v[0].is_obj() && a.v[0].o->kind == Kind::Native) {
    Sleep* s = static_cast<Sleep*>(a.v[0].o);
    s->cancel_timer();
    s->delay = 0;
    s->yielded_zero = true;
  }
  return make_none();
}

TypeObject* sleep_type() {
  static TypeObject* t = nullptr;
  if (!t) {
    t = new_builtin_type("coroutine", future_type(), Kind::Native);
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
    add_method(t, "close", sleep_close);
  }
  return t;
}

Value a_sleep(Args& a) {
  if (a.n < 1 && a.kwarg("delay").is_undef()) raise(exc_types().TypeError, "sleep() missing 1 required positional argument: 'delay'");
  double d = seconds(arg_or_kw(a, 0, "delay"));
  Value result = arg_or_kw(a, 1, "result", make_none());
  return make_obj(heap().make<Sleep>(sleep_type(), d, result));
}

// ------------------------------------------------------------------ Event

// asyncio.Event, natively: the hand-off between tasks in ping-pong style
// programs goes through it, so wait() must not build a coroutine frame.
// Semantics follow CPython's locks.Event: wait() parks on a fresh future that
// set() resolves; the future leaves the waiter list when the waiter resumes
// (or is cancelled).
struct Event : NativeObject {
  bool value = false;
  std::vector<Value> waiters;  // futures
  explicit Event(TypeObject* t) : NativeObject(t) {}
  void trace(Tracer& t) override {
    for (const Value& w : waiters) t.mark(w);
  }
  void remove(Value fut) {
    auto it = std::find_if(waiters.begin(), waiters.end(), [&](const Value& w) { return w.identical(fut); });
    if (it != waiters.end()) waiters.erase(it);
  }
};

// The awaitable returned by Event.wait() (a coroutine to the API).
struct EventWait : NativeObject {
  Event* event;
  Future* fut = nullptr;
  bool finished = false;
  EventWait(TypeObject* t, Event* e) : NativeObject(t), event(e) {}
  void trace(Tracer& t) override {
    t.mark(event);
    t.mark(fut);
  }
  Value await_iter() override { return make_obj(this); }
  bool has_send() const override { return true; }
  Value send(Value v, bool* returned) override {
    if (finished) raise(exc_types().RuntimeError, "cannot reuse already awaited coroutine");
    if (!fut) {
      if (event->value) {
        finished = true;
        *returned = true;
        return make_bool(true);
      }
      fut = new_future(need_running_loop());
      event->waiters.push_back(make_obj(fut));
    }
    Value r;
    try {
      r = fut->send(v, returned);
    } catch (PyError&) {
      finished = true;
      event->remove(make_obj(fut));
      throw;
    }
    if (!*returned) return r;
    finished = true;
    event->remove(make_obj(fut));
    return make_bool(true);
  }
  void throw_in(Value exc) override {
    (void)exc;
    finished = true;
    if (fut) event->remove(make_obj(fut));
  }
};

TypeObject* event_type() {
  static TypeObject* t = nullptr;
  if (!t) {
    t = new_builtin_type("Event", types().object, Kind::Native);
    t->module = intern("asyncio.locks");
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
  }
  return t;
}

// The type of the native awaitables that stand for coroutines (Event.wait(),
// Queue.get()/put()): scripts see them as 'coroutine' objects.
TypeObject* native_coroutine_type() {
  static TypeObject* t = nullptr;
  if (!t) {
    t = new_builtin_type("coroutine", types().object, Kind::Native);
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
  }
  return t;
}

Event* self_event(Args& a) {
  if (a.n < 1 || !(a.v[0].is_obj() && a.v[0].o->kind == Kind::Native && a.v[0].o->type->is_subtype(event_type())))
    raise(exc_types().TypeError, "descriptor requires an asyncio.Event");
  return as<Event>(a.v[0]);
}

Value ev_new(Args& a) {
  if (a.nkw())
    raisef(exc_types().TypeError, "Event.__init__() got an unexpected keyword argument '%s'",
           as_str(a.kwnames->items[0])->s.c_str());
  if (a.n) raisef(exc_types().TypeError, "Event.__init__() takes 1 positional argument but %d were given", a.n + 1);
  return make_obj(heap().make<Event>(event_type()));
}
Value ev_is_set(Args& a) { return make_bool(self_event(a)->value); }
void ev_set_value(Value ev);

Value ev_set(Args& a) {
  self_event(a);
  ev_set_value(a.v[0]);
  return make_none();
}

void ev_set_value(Value ev) {
  Event* e = as<Event>(ev);
  if (!e->value) {
    e->value = true;
    std::vector<Value> ws = e->waiters;
    RootedVector keep;
    keep.assign(ws.begin(), ws.end());
    for (Value w : ws) {
      Future* f = as<Future>(w);
      if (!f->done()) f->set_result(make_bool(true));
    }
  }
}

Value ev_clear(Args& a) {
  self_event(a)->value = false;
  return make_none();
}
Value ev_wait(Args& a) { return make_obj(heap().make<EventWait>(native_coroutine_type(), self_event(a))); }
Value ev_repr(Args& a) {
  Event* e = self_event(a);
  std::string extra = e->value ? "set" : "unset";
  if (!e->waiters.empty()) extra += ", waiters:" + std::to_string(e->waiters.size());
  std::string base = default_repr(a.v[0]);
  return str_value(base.substr(0, base.size() - 1) + " [" + extra + "]>");
}

// ------------------------------------------------------------------ Queue

// asyncio.Queue, PriorityQueue and LifoQueue, natively, with CPython's
// queues.py semantics: waiting putters and getters park on futures kept in
// FIFO lists; each put/get wakes the first waiter of the other side; the
// priority queue uses heapq's sift algorithms so equal keys leave in the
// same order as in CPython.
enum class QueueKind : uint8_t { Fifo, Lifo, Priority };

TypeObject* queue_empty_type();
TypeObject* queue_full_type();

struct Queue : NativeObject {
  QueueKind qkind;
  int64_t maxsize = 0;
  std::deque<Value> items;
  std::deque<Value> getters, putters;  // futures
  int64_t unfinished = 0;
  Event* finished = nullptr;
  Queue(TypeObject* t, QueueKind k) : NativeObject(t), qkind(k) {}
  void trace(Tracer& t) override {
    for (const Value& v : items) t.mark(v);
    for (const Value& v : getters) t.mark(v);
    for (const Value& v : putters) t.mark(v);
    t.mark(finished);
  }
  int64_t size() const { return static_cast<int64_t>(items.size()); }
  bool full() const { return maxsize > 0 && size() >= maxsize; }
  Value get_attr(Str* name) override {
    if (name->s == "maxsize") return make_int(maxsize);
    return Value();
  }

  static void wakeup_next(std::deque<Value>& waiters) {
    while (!waiters.empty()) {
      Value w = waiters.front();
      waiters.pop_front();
      Future* f = as<Future>(w);
      if (!f->done()) {
        f->set_result(make_none());
        return;
      }
    }
  }
  static void remove(std::deque<Value>& waiters, Value fut) {
    for (auto it = waiters.begin(); it != waiters.end(); ++it)
      if (it->identical(fut)) {
        waiters.erase(it);
        return;
      }
  }

  static bool item_less(Value a, Value b) { return compare_bool(2, a, b); }

  void put_item(Value v) {
    if (qkind == QueueKind::Priority) heapq::push(items, v, item_less);
    else items.push_back(v);
  }
  Value get_item() {
    if (qkind == QueueKind::Fifo) {
      Value v = items.front();
      items.pop_front();
      return v;
    }
    if (qkind == QueueKind::Lifo) {
      Value v = items.back();
      items.pop_back();
      return v;
    }
    return heapq::pop(items, item_less);  // heapq's order for equal keys
  }

  void put_nowait(Value v) {
    if (full()) raise_value(call0(make_obj(queue_full_type())));
    put_item(v);
    ++unfinished;
    finished->value = false;
    wakeup_next(getters);
  }
  Value get_nowait() {
    if (items.empty()) raise_value(call0(make_obj(queue_empty_type())));
    Value v = get_item();
    Rooted keep(v);
    wakeup_next(putters);
    return v;
  }
};

// put() / get(): the `while full/empty: await waiter` loops as objects.
struct QueueOp : NativeObject {
  Queue* queue;
  Value item;          // put: the item
  Future* waiter = nullptr;
  bool is_put;
  bool finished = false;
  QueueOp(TypeObject* t, Queue* q, Value v, bool put) : NativeObject(t), queue(q), item(v), is_put(put) {}
  void trace(Tracer& t) override {
    t.mark(queue);
    t.mark(item);
    t.mark(waiter);
  }
  Value await_iter() override { return make_obj(this); }
  bool has_send() const override { return true; }
  std::deque<Value>& my_waiters() { return is_put ? queue->putters : queue->getters; }
  bool blocked() const { return is_put ? queue->full() : queue->items.empty(); }
  // The `except:` clause of put()/get(): give up our place, pass the wake-up on.
  void abandon() {
    Future* w = waiter;
    waiter = nullptr;
    w->cancel(Value());
    Queue::remove(my_waiters(), make_obj(w));
    if (!blocked() && w->state != FutureState::Cancelled) Queue::wakeup_next(my_waiters());
  }
  Value send(Value v, bool* returned) override {
    if (finished) raise(exc_types().RuntimeError, "cannot reuse already awaited coroutine");
    if (waiter) {
      try {
        bool ret = false;
        waiter->send(v, &ret);
      } catch (PyError&) {
        finished = true;
        abandon();
        throw;
      }
      waiter = nullptr;
    }
    if (blocked()) {
      waiter = new_future(need_running_loop());
      my_waiters().push_back(make_obj(waiter));
      return waiter->send(make_none(), returned);
    }
    finished = true;
    *returned = true;
    if (is_put) {
      queue->put_nowait(item);
      return make_none();
    }
    return queue->get_nowait();
  }
  void throw_in(Value exc) override {
    (void)exc;
    finished = true;
    if (waiter) abandon();
  }
};

TypeObject* queue_type(QueueKind k) {
  static TypeObject* t[3] = {};
  int i = static_cast<int>(k);
  if (!t[i]) {
    const char* names[] = {"Queue", "LifoQueue", "PriorityQueue"};
    // LifoQueue and PriorityQueue are subclasses of Queue, as in CPython.
    TypeObject* base = k == QueueKind::Fifo ? types().object : queue_type(QueueKind::Fifo);
    t[i] = new_builtin_type(names[i], base, Kind::Native);
    t[i]->module = intern("asyncio.queues");
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t[i]));
  }
  return t[i];
}

TypeObject* queue_exc_type(const char* name, TypeObject*& slot) {
  if (!slot) {
    slot = new_builtin_type(name, exc_types().Exception, Kind::Exception);
    slot->module = intern("asyncio.queues");
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&slot));
  }
  return slot;
}
TypeObject* g_queue_empty = nullptr;
TypeObject* g_queue_full = nullptr;
TypeObject* queue_empty_type() { return queue_exc_type("QueueEmpty", g_queue_empty); }
TypeObject* queue_full_type() { return queue_exc_type("QueueFull", g_queue_full); }

Queue* self_queue(Args& a) {
  if (a.n >= 1 && a.v[0].is_obj() && a.v[0].o->kind == Kind::Native &&
      a.v[0].o->type->is_subtype(queue_type(QueueKind::Fifo)))
    return as<Queue>(a.v[0]);
  raise(exc_types().TypeError, "descriptor requires an asyncio.Queue");
}

Value make_queue(Args& a, QueueKind k) {
  for (int i = 0; i < a.nkw(); ++i)
    if (as_str(a.kwnames->items[i])->s != "maxsize")
      raisef(exc_types().TypeError, "Queue.__init__() got an unexpected keyword argument '%s'",
             as_str(a.kwnames->items[i])->s.c_str());
  if (a.n > 1) raisef(exc_types().TypeError, "Queue.__init__() takes from 1 to 2 positional arguments but %d were given", a.n + 1);
  Value m = arg_or_kw(a, 0, "maxsize", make_int(0));
  if (!m.is_int()) raise(exc_types().TypeError, "'" + type_name(m) + "' object cannot be interpreted as an integer");
  Queue* q = heap().make<Queue>(queue_type(k), k);
  Rooted root(make_obj(q));
  q->maxsize = m.i;
  q->finished = heap().make<Event>(event_type());
  q->finished->value = true;
  return make_obj(q);
}

std::string queue_format(Queue* q) {
  std::string out = "maxsize=" + std::to_string(q->maxsize);
  if (!q->items.empty()) {
    std::vector<Value> items(q->items.begin(), q->items.end());
    out += " _queue=" + repr(make_obj(new_list(std::move(items))));
  }
  if (!q->getters.empty()) out += " _getters[" + std::to_string(q->getters.size()) + "]";
  if (!q->putters.empty()) out += " _putters[" + std::to_string(q->putters.size()) + "]";
  if (q->unfinished) out += " tasks=" + std::to_string(q->unfinished);
  return out;
}

Value q_put(Args& a) {
  Queue* q = self_queue(a);
  if (a.n != 2) raise(exc_types().TypeError, "put() takes exactly one argument");
  return make_obj(heap().make<QueueOp>(native_coroutine_type(), q, a.v[1], true));
}
Value q_get(Args& a) { return make_obj(heap().make<QueueOp>(native_coroutine_type(), self_queue(a), Value(), false)); }
Value q_put_nowait(Args& a) {
  Queue* q = self_queue(a);
  if (a.n != 2) raise(exc_types().TypeError, "put_nowait() takes exactly one argument");
  q->put_nowait(a.v[1]);
  return make_none();
}
Value q_get_nowait(Args& a) { return self_queue(a)->get_nowait(); }
Value q_qsize(Args& a) { return make_int(self_queue(a)->size()); }
Value q_empty(Args& a) { return make_bool(self_queue(a)->items.empty()); }
Value q_full(Args& a) { return make_bool(self_queue(a)->full()); }
Value q_task_done(Args& a) {
  Queue* q = self_queue(a);
  if (q->unfinished <= 0) raise(exc_types().ValueError, "task_done() called too many times");
  if (--q->unfinished == 0) {
    Value ev = make_obj(q->finished);
    ev_set_value(ev);
  }
  return make_none();
}
Value q_join(Args& a) {
  Queue* q = self_queue(a);
  // As CPython: `if unfinished: await finished.wait()`; a finished-set
  // Event's wait() returns at once, which is the same.
  return make_obj(heap().make<EventWait>(native_coroutine_type(), q->finished));
}
Value q_repr(Args& a) {
  Queue* q = self_queue(a);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%#lx", static_cast<unsigned long>(reinterpret_cast<uintptr_t>(q)));
  return str_value("<" + q->type->name->s + " at " + buf + " " + queue_format(q) + ">");
}
Value q_str(Args& a) {
  Queue* q = self_queue(a);
  return str_value("<" + q->type->name->s + " " + queue_format(q) + ">");
}

// ---------------------------------------------------------- module level

// asyncio.Runner's SIGINT handler (Runner._on_sigint): the first Ctrl-C
// cancels the main task, a second one raises KeyboardInterrupt at once.
struct SigintRunner : NativeObject {
  Task* task;
  int interrupts = 0;
  SigintRunner(TypeObject* t, Task* task) : NativeObject(t), task(task) {}
  void trace(Tracer& t) override { t.mark(task); }
  static TypeObject* type() {
    static TypeObject* t = nullptr;
    if (!t) {
      t = new_builtin_type("Runner", types().object, Kind::Native);
      t->module = intern("asyncio.runners");
      heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
    }
    return t;
  }
};

Value runner_on_sigint(Args& a) {
  auto* r = static_cast<SigintRunner*>(a.v[0].o);
  if (++r->interrupts == 1 && !r->task->done()) {
    r->task->cancel(Value());
    return make_none();
  }
  raise_keyboard_interrupt();
}

Value a_run(Args& a) {
  if (running_loop()) {
    Exception* e = new_exception(exc_types().RuntimeError, "asyncio.run() cannot be called from a running event loop");
    add_library_traceback(make_obj(e), 186, "<stdlib>/asyncio/runners.py", "run", "raise RuntimeError(");
    raise_value(make_obj(e));
  }
  Value main = arg_or_kw(a, 0, "main");
  if (!is_coroutine_obj(main) && !is_native_coro(main))
    raise(exc_types().ValueError, "a coroutine was expected, got " + repr(main));
  EventLoop* loop = new_event_loop();
  Rooted loop_root(make_obj(loop));
  Task* task = new_task(loop, main, Value());
  Rooted task_root(make_obj(task));
  // Ctrl-C cancels the main task, as 3.11's Runner arranges, unless the
  // program installed its own SIGINT handler.
  SigintRunner* sigint = heap().make<SigintRunner>(SigintRunner::type(), task);
  Rooted sigint_root(make_obj(sigint));
  Rooted sigint_handler(make_obj(new_native("_on_sigint", runner_on_sigint, make_obj(sigint))));
  bool own_sigint = signal_handler(SIGINT).identical(default_int_handler());
  if (own_sigint) set_signal_handler(SIGINT, sigint_handler.get());
  auto restore_sigint = [&]() {
    if (own_sigint && signal_handler(SIGINT).identical(sigint_handler.get()))
      set_signal_handler(SIGINT, default_int_handler());
  };
  Value result;
  auto shutdown = [&]() {
    // Cancel what is left and let it run its cancellation to the end.
    std::vector<Value> left;
    for (Task* t : loop->tasks)
      if (!t->done()) left.push_back(make_obj(t));
    if (!left.empty()) {
      RootedVector keep;
      keep.assign(left.begin(), left.end());
      for (Value t : left) as<Task>(t)->cancel(Value());
      GatherFuture* g = heap().make<GatherFuture>(loop);
      Rooted groot(make_obj(g));
      g->return_exceptions = true;
      for (Value t : left) {
        g->children.push_back(t);
        ++g->nfuts;
        as<Future>(t)->add_callback({ReadyKind::GatherChild, g, Value()});
      }
      loop->run_until_complete(make_obj(g));
    }
    loop->closed = true;
  };
  try {
    result = loop->run_until_complete(make_obj(task));
  } catch (PyError& e) {
    Rooted exc(e.exc);
    restore_sigint();
    // Runner.run: a cancellation that a Ctrl-C asked for ends as
    // KeyboardInterrupt, raised while handling the CancelledError.
    bool interrupted = sigint->interrupts > 0 && exception_matches(exc.get(), make_obj(exc_types().CancelledError)) &&
                       (task->num_cancels_requested > 0 ? --task->num_cancels_requested : 0) == 0;
    if (interrupted) {
      add_library_traceback(exc.get(), 653, "<stdlib>/asyncio/base_events.py", "run_until_complete",
                            "return future.result()");
      add_library_traceback(exc.get(), 118, "<stdlib>/asyncio/runners.py", "run",
                            "return self._loop.run_until_complete(task)");
      Exception* ki = new_exception_args(exc_types().KeyboardInterrupt, {});
      ki->context = exc.get();
      Value kiv = make_obj(ki);
      add_library_traceback(kiv, 123, "<stdlib>/asyncio/runners.py", "run", "raise KeyboardInterrupt()");
      add_library_traceback(kiv, 190, "<stdlib>/asyncio/runners.py", "run", "return runner.run(main)");
      exc.set(make_obj(ki));
    }
    try {
      shutdown();
    } catch (PyError&) {
    }
    if (!interrupted) add_runner_frames(exc.get());
    throw PyError{exc.get()};
  }
  restore_sigint();
  Rooted keep(result);
  shutdown();
  // Tasks that finished unobserved are reported now, as CPython does when
  // it frees them during the run.
  heap().collect();
  after_collection();
  return result;
}

// asyncio.create_task in 3.11 makes the task unnamed (taking a number, so
// "Task-N" counts it) and names it afterwards.
Value a_create_task(Args& a) {
  EventLoop* loop = need_running_loop();
  Task* t = new_task(loop, arg_or_kw(a, 0, "coro"), make_none());
  Value name = arg_or_kw(a, 1, "name", make_none());
  if (!name.is_none()) t->name = is_str(name) ? name : make_obj(str_str(name));
  return make_obj(t);
}

Value a_ensure_future(Args& a) {
  Value aw = arg_or_kw(a, 0, "coro_or_future");
  Value lv = a.kwarg("loop");
  EventLoop* loop = lv.is_obj() && lv.o->type == event_loop_type() ? as<EventLoop>(lv) : current_loop();
  return make_obj(ensure_future(loop, aw));
}

Value a_gather(Args& a) {
  Value re = a.kwarg("return_exceptions");
  EventLoop* loop = current_loop();
  GatherFuture* outer = heap().make<GatherFuture>(loop);
  Rooted root(make_obj(outer));
  outer->return_exceptions = !re.is_undef() && truthy(re);
  if (a.n == 0) {
    outer->set_result(make_obj(new_list()));
    return make_obj(outer);
  }
  // The same awaitable passed twice is awaited once (by identity).
  std::unordered_map<Object*, size_t> seen;
  outer->children.reserve(static_cast<size_t>(a.n));
  for (int i = 0; i < a.n; ++i) {
    Value arg = a.v[i];
    auto it = arg.is_obj() ? seen.find(arg.o) : seen.end();
    if (it != seen.end()) {
      outer->children.push_back(outer->children[it->second]);
      continue;
    }
    Future* f = ensure_future(loop, arg);
    if (!arg.identical(make_obj(f)) && f->type->is_subtype(task_type()))
      static_cast<Task*>(f)->log_destroy_pending = false;
    ++outer->nfuts;
    f->add_callback({ReadyKind::GatherChild, outer, Value()});
    if (arg.is_obj()) seen.emplace(arg.o, outer->children.size());
    outer->children.push_back(make_obj(f));
  }
  return make_obj(outer);
}

Value a_get_running_loop(Args&) { return make_obj(need_running_loop()); }
Value a_get_event_loop(Args&) { return make_obj(current_loop()); }
Value a_new_event_loop(Args&) { return make_obj(new_event_loop()); }

Value a_current_task(Args&) {
  EventLoop* l = running_loop();
  if (!l) raise(exc_types().RuntimeError, "no running event loop");
  return l->current_task ? make_obj(l->current_task) : make_none();
}

Value a_all_tasks(Args&) {
  EventLoop* l = need_running_loop();
  Set* s = new_set();
  Rooted root(make_obj(s));
  for (Task* t : l->tasks)
    if (!t->done()) s->add(make_obj(t));
  return make_obj(s);
}

Value a_iscoroutine(Args& a) {
  if (a.n != 1) raise(exc_types().TypeError, "iscoroutine() takes 1 argument");
  Value v = a.v[0];
  return make_bool((v.is_obj() && v.o->kind == Kind::Generator && !static_cast<Generator*>(v.o)->is_async_gen()) ||
                   is_native_coro(v));
}

Value a_iscoroutinefunction(Args& a) {
  if (a.n != 1) raise(exc_types().TypeError, "iscoroutinefunction() takes 1 argument");
  Value f = a.v[0];
  if (f.is_obj() && f.o->kind == Kind::BoundMethod) f = as<BoundMethod>(f)->func;
  return make_bool(f.is_obj() && f.o->kind == Kind::Function && (as<Function>(f)->code->flags & vm::CO_COROUTINE));
}

Value a_isfuture(Args& a) { return make_bool(a.n == 1 && is_future(a.v[0])); }

// ---------------------------------------------------------------- Future

Value f_new(Args& a) {
  Value lv = a.kwarg("loop");
  EventLoop* loop = lv.is_obj() && lv.o->type == event_loop_type() ? as<EventLoop>(lv) : current_loop();
  return make_obj(new_future(loop));
}
Value f_result(Args& a) { return self_future(a)->get_result(); }
Value f_exception(Args& a) {
  Future* f = self_future(a);
  if (f->state == FutureState::Cancelled) raise_value(f->make_cancelled_error());
  if (f->state != FutureState::Finished) raise(exc_types().InvalidStateError, "Exception is not set.");
  f->log_traceback = false;
  return f->exception.is_undef() ? make_none() : f->exception;
}
Value f_done(Args& a) { return make_bool(self_future(a)->done()); }
Value f_cancelled(Args& a) { return make_bool(self_future(a)->state == FutureState::Cancelled); }
Value f_cancel(Args& a) {
  Future* f = self_future(a);
  return make_bool(f->cancel(arg_or_kw(a, 1, "msg", make_none())));
}
Value f_set_result(Args& a) {
  if (a.n != 2) raise(exc_types().TypeError, "set_result() takes exactly one argument");
  self_future(a)->set_result(a.v[1]);
  return make_none();
}
Value f_set_exception(Args& a) {
  if (a.n != 2) raise(exc_types().TypeError, "set_exception() takes exactly one argument");
  self_future(a)->set_exception(a.v[1]);
  return make_none();
}
Value f_add_done_callback(Args& a) {
  if (a.n < 2) raise(exc_types().TypeError, "add_done_callback() missing 1 required positional argument: 'fn'");
  self_future(a)->add_callback({ReadyKind::FutureCallback, nullptr, a.v[1]});
  return make_none();
}
Value f_remove_done_callback(Args& a) {
  Future* f = self_future(a);
  auto& cbs = f->callbacks;
  size_t before = cbs.size();
  cbs.erase(std::remove_if(cbs.begin(), cbs.end(),
                           [&](const FutureCallback& c) {
                             return c.kind == ReadyKind::FutureCallback && values_equal(c.fn, a.v[1]);
                           }),
            cbs.end());
  return make_int(static_cast<int64_t>(before - cbs.size()));
}
Value f_get_loop(Args& a) { return make_obj(self_future(a)->loop); }
Value f_iter(Args& a) { return a.v[0]; }
Value f_next(Args& a) {
  Future* f = self_future(a);
  bool returned = false;
  Value r = f->send(make_none(), &returned);
  if (returned)
    raise_value(make_obj(new_exception_args(exc_types().StopIteration,
                                            r.is_none() ? std::vector<Value>{} : std::vector<Value>{r})));
  return r;
}
Value f_send(Args& a) {
  Future* f = self_future(a);
  bool returned = false;
  Value r = f->send(a.n > 1 ? a.v[1] : make_none(), &returned);
  if (returned)
    raise_value(make_obj(new_exception_args(exc_types().StopIteration,
                                            r.is_none() ? std::vector<Value>{} : std::vector<Value>{r})));
  return r;
}
Value f_throw(Args& a) {
  Future* f = self_future(a);
  if (a.n < 2) raise(exc_types().TypeError, "throw expected at least 1 argument, got 0");
  Value exc = a.v[1];
  if (exc.is_obj() && exc.o->kind == Kind::Type) exc = call0(exc);
  f->throw_in(exc);
  throw PyError{exc};
}

std::string state_word(Future* f) {
  return f->state == FutureState::Pending ? "pending" : f->state == FutureState::Cancelled ? "cancelled" : "finished";
}

std::string callbacks_repr(Future* f) {
  if (f->callbacks.empty()) return "";
  std::vector<std::string> names;
  for (const FutureCallback& cb : f->callbacks) {
    switch (cb.kind) {
      case ReadyKind::TaskWakeup: names.push_back("Task.task_wakeup()"); break;
      case ReadyKind::GatherChild: names.push_back("gather.<locals>._done_callback()"); break;
      case ReadyKind::FutureCallback: {
        Value q = getattr_opt(cb.fn, intern("__qualname__"));
        names.push_back((is_str(q) ? as_str(q)->s : repr(cb.fn)) + "()");
        break;
      }
      default: names.push_back("_run_until_complete_cb()"); break;
    }
  }
  std::string out = " cb=[";
  for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
  return out + "]";
}

Value f_repr(Args& a) {
  Future* f = self_future(a);
  std::string s = "<Future " + state_word(f) + callbacks_repr(f);
  if (f->state == FutureState::Finished) {
    if (!f->exception.is_undef()) s += " exception=" + repr(f->exception);
    else s += " result=" + repr(f->result.is_undef() ? make_none() : f->result);
  }
  return str_value(s + ">");
}

// ------------------------------------------------------------------ Task

std::string coro_repr(Value coro) {
  if (!(coro.is_obj() && coro.o->kind == Kind::Generator)) return repr(coro);
  Generator* g = as<Generator>(coro);
  Frame* fr = g->frame();
  std::string file = fr->code->filename->s;
  if (g->state == GenState::Done) return g->qualname->s + "() done, defined at " + file + ":" + std::to_string(fr->code->firstlineno);
  int line = g->state == GenState::Created ? fr->code->firstlineno : fr->current_line();
  return g->qualname->s + "() running at " + file + ":" + std::to_string(line);
}

Value t_repr(Args& a) {
  Task* t = self_task(a);
  std::string s = "<Task " + state_word(t);
  if (t->must_cancel && !t->done()) s = "<Task cancelling";
  s += " name=" + repr(t->get_name()) + " coro=<" + coro_repr(t->coro) + ">";
  if (t->state == FutureState::Finished) {
    if (!t->exception.is_undef()) s += " exception=" + repr(t->exception);
    else s += " result=" + repr(t->result.is_undef() ? make_none() : t->result);
  }
  if (t->fut_waiter && !t->done()) s += " wait_for=" + repr(make_obj(t->fut_waiter));
  return str_value(s + ">");
}
Value t_get_name(Args& a) { return self_task(a)->get_name(); }
Value t_set_name(Args& a) {
  if (a.n != 2) raise(exc_types().TypeError, "set_name() takes exactly one argument");
  self_task(a)->name = make_obj(str_str(a.v[1]));
  return make_none();
}
Value t_get_coro(Args& a) { return self_task(a)->coro; }
Value t_cancelling(Args& a) { return make_int(self_task(a)->num_cancels_requested); }
Value t_uncancel(Args& a) {
  Task* t = self_task(a);
  if (t->num_cancels_requested > 0) --t->num_cancels_requested;
  return make_int(t->num_cancels_requested);
}

// ----------------------------------------------------------- the loop

Value l_time(Args& a) { return make_float(self_loop(a)->time()); }

Value make_handle(EventLoop* loop, double when, bool timer, Args& a, int first_arg, int cb_index) {
  TimerHandle* h = heap().make<TimerHandle>(timer ? timer_handle_type() : handle_type());
  Rooted root(make_obj(h));
  h->callback = a.v[cb_index];
  for (int i = first_arg; i < a.n; ++i) h->args.push_back(a.v[i]);
  h->is_timer = timer;
  h->when = when;
  if (timer) loop->add_timer(h);
  else loop->call_soon(ReadyKind::Handle, h);
  return make_obj(h);
}

Value l_call_soon(Args& a) {
  EventLoop* l = self_loop(a);
  if (a.n < 2) raise(exc_types().TypeError, "call_soon() missing 1 required positional argument: 'callback'");
  if (!is_callable(a.v[1])) raise(exc_types().TypeError, "a callable object was expected by call_soon(), got " + repr(a.v[1]));
  return make_handle(l, 0, false, a, 2, 1);
}
Value l_call_later(Args& a) {
  EventLoop* l = self_loop(a);
  if (a.n < 3) raise(exc_types().TypeError, "call_later() missing required arguments");
  return make_handle(l, l->time() + seconds(a.v[1]), true, a, 3, 2);
}
Value l_call_at(Args& a) {
  EventLoop* l = self_loop(a);
  if (a.n < 3) raise(exc_types().TypeError, "call_at() missing required arguments");
  return make_handle(l, seconds(a.v[1]), true, a, 3, 2);
}
Value l_create_future(Args& a) { return make_obj(new_future(self_loop(a))); }
Value l_create_task(Args& a) {
  EventLoop* l = self_loop(a);
  return make_obj(new_task(l, arg_or_kw(a, 1, "coro"), arg_or_kw(a, 2, "name", make_none())));
}
Value l_run_until_complete(Args& a) {
  EventLoop* l = self_loop(a);
  if (a.n != 2) raise(exc_types().TypeError, "run_until_complete() takes exactly one argument");
  return l->run_until_complete(a.v[1]);
}
Value l_run_forever(Args& a) {
  self_loop(a)->run_forever();
  return make_none();
}
Value l_stop(Args& a) {
  self_loop(a)->stopping = true;
  return make_none();
}
Value l_close(Args& a) {
  EventLoop* l = self_loop(a);
  if (l->running) raise(exc_types().RuntimeError, "Cannot close a running event loop");
  l->closed = true;
  l->ready.clear();
  l->timers.clear();
  return make_none();
}
Value l_is_running(Args& a) { return make_bool(self_loop(a)->running); }
Value l_is_closed(Args& a) { return make_bool(self_loop(a)->closed); }
Value l_get_debug(Args&) { return make_bool(false); }

// ---------------------------------------------------------------- handles

TimerHandle* self_handle(Args& a) {
  if (a.n < 1 || !(a.v[0].is_obj() && (a.v[0].o->type == handle_type() || a.v[0].o->type == timer_handle_type())))
    raise(exc_types().TypeError, "descriptor requires a Handle");
  return as<TimerHandle>(a.v[0]);
}
Value h_cancel(Args& a) {
  TimerHandle* h = self_handle(a);
  if (!h->cancelled) {
    h->cancelled = true;
    EventLoop* l = running_loop();
    if (h->scheduled && l) ++l->cancelled_timers;
  }
  return make_none();
}
Value h_cancelled(Args& a) { return make_bool(self_handle(a)->cancelled); }
Value h_when(Args& a) { return make_float(self_handle(a)->when); }


// Python subclasses of the native asyncio types (runtime/subclass.h): a
// Future, Event or Queue starts empty and its __init__ takes CPython's
// arguments; a Task is built from its arguments by __new__, and __init__
// only checks them, so `super().__init__(coro)` works.
Value future_new_empty(Args&) { return make_obj(new_future(current_loop())); }
Value future_init(Args& a) {
  if (a.n != 1) raise(exc_types().TypeError, "Future() takes no positional arguments");
  for (int k = 0; k < a.nkw(); ++k)
    if (as_str(a.kwnames->items[k])->s != "loop")
      raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for Future()",
             as_str(a.kwnames->items[k])->s.c_str());
  Value lv = a.kwarg("loop");
  if (lv.is_obj() && lv.o->type == event_loop_type()) self_future(a)->loop = as<EventLoop>(lv);
  return make_none();
}
Value task_init(Args& a) {
  self_task(a);
  if (a.n < 2 && a.kwarg("coro").is_undef())
    raise(exc_types().TypeError, "Task.__init__() missing required argument 'coro' (pos 1)");
  return make_none();
}
Value event_new_empty(Args&) { return make_obj(heap().make<Event>(event_type())); }
Value event_init(Args& a) {
  self_event(a);
  if (a.nkw())
    raisef(exc_types().TypeError, "Event.__init__() got an unexpected keyword argument '%s'",
           as_str(a.kwnames->items[0])->s.c_str());
  if (a.n > 1) raisef(exc_types().TypeError, "Event.__init__() takes 1 positional argument but %d were given", a.n);
  return make_none();
}
template <QueueKind K>
Value queue_new_empty(Args&) {
  Args none{nullptr, 0, nullptr};
  return make_queue(none, K);
}
Value queue_init(Args& a) {
  Queue* q = self_queue(a);
  Args rest{a.v + 1, a.n - 1, a.kwnames};
  for (int k = 0; k < a.nkw(); ++k)
    if (as_str(a.kwnames->items[k])->s != "maxsize")
      raisef(exc_types().TypeError, "Queue.__init__() got an unexpected keyword argument '%s'",
             as_str(a.kwnames->items[k])->s.c_str());
  Value fresh = make_queue(rest, q->qkind);  // checks the arguments as Queue() does
  q->maxsize = as<Queue>(fresh)->maxsize;
  return make_none();
}

}  // namespace

Module* init_native_asyncio_module() {
  static bool types_ready = false;
  if (!types_ready) {
    init_future_types();
    types_ready = true;
    TypeObject* ft = future_type();
    future_type()->ctor = f_new;
    add_method(ft, "result", f_result);
    add_method(ft, "exception", f_exception);
    add_method(ft, "done", f_done);
    add_method(ft, "cancelled", f_cancelled);
    add_method(ft, "cancel", f_cancel);
    add_method(ft, "set_result", f_set_result);
    add_method(ft, "set_exception", f_set_exception);
    add_method(ft, "add_done_callback", f_add_done_callback);
    add_method(ft, "remove_done_callback", f_remove_done_callback);
    add_method(ft, "get_loop", f_get_loop);
    add_method(ft, "__await__", f_iter);
    add_method(ft, "__iter__", f_iter);
    add_method(ft, "__next__", f_next);
    add_method(ft, "send", f_send);
    add_method(ft, "throw", f_throw);
    add_method(ft, "__repr__", f_repr);
    TypeObject* tt = task_type();
    tt->ctor = [](Args& a) -> Value {
      Value lv = a.kwarg("loop");
      EventLoop* loop = lv.is_obj() && lv.o->type == event_loop_type() ? as<EventLoop>(lv) : need_running_loop();
      return make_obj(new_task(loop, arg_or_kw(a, 0, "coro"), a.kwarg("name")));
    };
    add_method(tt, "__repr__", t_repr);
    add_method(tt, "get_name", t_get_name);
    add_method(tt, "set_name", t_set_name);
    add_method(tt, "get_coro", t_get_coro);
    add_method(tt, "cancelling", t_cancelling);
    add_method(tt, "uncancel", t_uncancel);
    TypeObject* lt = event_loop_type();
    add_method(lt, "time", l_time);
    add_method(lt, "call_soon", l_call_soon);
    add_method(lt, "call_later", l_call_later);
    add_method(lt, "call_at", l_call_at);
    add_method(lt, "create_future", l_create_future);
    add_method(lt, "create_task", l_create_task);
    add_method(lt, "run_until_complete", l_run_until_complete);
    add_method(lt, "run_forever", l_run_forever);
    add_method(lt, "stop", l_stop);
    add_method(lt, "close", l_close);
    add_method(lt, "is_running", l_is_running);
    add_method(lt, "is_closed", l_is_closed);
    add_method(lt, "get_debug", l_get_debug);
    for (TypeObject* ht : {handle_type(), timer_handle_type()}) {
      add_method(ht, "cancel", h_cancel);
      add_method(ht, "cancelled", h_cancelled);
    }
    add_method(timer_handle_type(), "when", h_when);
    TypeObject* et = event_type();
    et->ctor = ev_new;
    add_method(et, "is_set", ev_is_set);
    add_method(et, "set", ev_set);
    add_method(et, "clear", ev_clear);
    add_method(et, "wait", ev_wait);
    add_method(et, "__repr__", ev_repr);
    allow_builtin_subclassing(ft, future_new_empty, future_init);
    allow_builtin_subclassing(tt, nullptr, task_init);
    allow_builtin_subclassing(et, event_new_empty, event_init);
    allow_builtin_subclassing(queue_type(QueueKind::Fifo), queue_new_empty<QueueKind::Fifo>, queue_init);
    allow_builtin_subclassing(queue_type(QueueKind::Lifo), queue_new_empty<QueueKind::Lifo>, queue_init);
    allow_builtin_subclassing(queue_type(QueueKind::Priority), queue_new_empty<QueueKind::Priority>, queue_init);
    native_coroutine_type();
    queue_type(QueueKind::Lifo)->ctor = [](Args& a) { return make_queue(a, QueueKind::Lifo); };
    queue_type(QueueKind::Priority)->ctor = [](Args& a) { return make_queue(a, QueueKind::Priority); };
    {
      TypeObject* qt = queue_type(QueueKind::Fifo);
      qt->ctor = [](Args& a) { return make_queue(a, QueueKind::Fifo); };
      add_method(qt, "put", q_put);
      add_method(qt, "get", q_get);
      add_method(qt, "put_nowait", q_put_nowait);
      add_method(qt, "get_nowait", q_get_nowait);
      add_method(qt, "qsize", q_qsize);
      add_method(qt, "empty", q_empty);
      add_method(qt, "full", q_full);
      add_method(qt, "task_done", q_task_done);
      add_method(qt, "join", q_join);
      add_method(qt, "__repr__", q_repr);
      add_method(qt, "__str__", q_str);
    }
    sleep_type();
  }
  Module* m = new_module("_asyncio");
  Rooted root(make_obj(m));
  add_function(m, "run", a_run);
  add_function(m, "sleep", a_sleep);
  add_function(m, "gather", a_gather);
  add_function(m, "create_task", a_create_task);
  add_function(m, "ensure_future", a_ensure_future);
  add_function(m, "get_running_loop", a_get_running_loop);
  add_function(m, "get_event_loop", a_get_event_loop);
  add_function(m, "new_event_loop", a_new_event_loop);
  add_function(m, "current_task", a_current_task);
  add_function(m, "all_tasks", a_all_tasks);
  add_function(m, "iscoroutine", a_iscoroutine);
  add_function(m, "iscoroutinefunction", a_iscoroutinefunction);
  add_function(m, "isfuture", a_isfuture);
  m->dict->set_str(S("Future"), make_obj(future_type()));
  m->dict->set_str(S("Event"), make_obj(event_type()));
  m->dict->set_str(S("Queue"), make_obj(queue_type(QueueKind::Fifo)));
  m->dict->set_str(S("LifoQueue"), make_obj(queue_type(QueueKind::Lifo)));
  m->dict->set_str(S("PriorityQueue"), make_obj(queue_type(QueueKind::Priority)));
  m->dict->set_str(S("QueueEmpty"), make_obj(queue_empty_type()));
  m->dict->set_str(S("QueueFull"), make_obj(queue_full_type()));
  m->dict->set_str(S("Task"), make_obj(task_type()));
  m->dict->set_str(S("Handle"), make_obj(handle_type()));
  m->dict->set_str(S("TimerHandle"), make_obj(timer_handle_type()));
  m->dict->set_str(S("CancelledError"), make_obj(exc_types().CancelledError));
  m->dict->set_str(S("InvalidStateError"), make_obj(exc_types().InvalidStateError));
  m->dict->set_str(S("TimeoutError"), make_obj(exc_types().TimeoutError));
  return m;
}

}  // namespace coil::rt
