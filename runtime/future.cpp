#include "runtime/future.h"

#include "runtime/dict.h"
#include "runtime/misc.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/output.h"
#include "runtime/str.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"

#include <cstdio>
#include <unordered_set>

namespace coil::rt {

namespace {
TypeObject* g_future_type = nullptr;
TypeObject* g_task_type = nullptr;
TypeObject* g_handle_type = nullptr;
TypeObject* g_timer_handle_type = nullptr;
TypeObject* g_gather_type = nullptr;
int64_t g_task_counter = 0;

// Every task until it has been found unreachable once (the loop's task list
// is weak, as CPython's WeakSet of tasks). Tasks know their index here.
std::vector<Task*> g_tasks;

void forget_task(Task* t) {
  int64_t i = t->live_index;
  if (i < 0) return;
  Task* last = g_tasks.back();
  g_tasks[static_cast<size_t>(i)] = last;
  last->live_index = i;
  g_tasks.pop_back();
  t->live_index = -1;
}
std::vector<Task*> g_to_report;
bool g_hook_installed = false;

void finalize_tasks(Tracer& t) {
  std::vector<Task*> dead;
  for (Task* task : g_tasks)
    if (!task->marked) dead.push_back(task);
  for (Task* task : dead) {
    forget_task(task);
    if (task->registry_index >= 0) task->loop->task_finished(task);
    bool pending = task->state == FutureState::Pending && task->log_destroy_pending;
    if (pending || task->log_traceback) {
      t.mark(task);
      g_to_report.push_back(task);
    }
  }
}

void trace_reports(Tracer& t) {
  for (Task* task : g_to_report) t.mark(task);
}

bool is_cancelled_error(Value exc) { return exception_matches(exc, make_obj(exc_types().CancelledError)); }
}  // namespace

TypeObject* future_type() { return g_future_type; }
TypeObject* task_type() { return g_task_type; }
TypeObject* handle_type() { return g_handle_type; }
TypeObject* timer_handle_type() { return g_timer_handle_type; }

bool is_future(Value v) {
  return v.is_obj() && v.o->kind == Kind::Native && v.o->type->is_subtype(g_future_type) &&
         !static_cast<Future*>(v.o)->is_coroutine_like();
}

bool is_future_yield(Value v) {
  return v.is_obj() && v.o->kind == Kind::Native && v.o->type->is_subtype(g_future_type);
}

// --------------------------------------------------------------- Future

Future::Future(TypeObject* t, EventLoop* loop) : NativeObject(t), loop(loop) {}

void Future::trace(Tracer& t) {
  t.mark(loop);
  t.mark(result);
  t.mark(exception);
  t.mark(cancel_message);
  t.mark(cancelled_exc);
  for (const FutureCallback& cb : callbacks) {
    t.mark(cb.obj);
    t.mark(cb.fn);
  }
}

void Future::schedule_callbacks() {
  if (callbacks.empty()) return;
  if (!loop) loop = current_loop();
  std::vector<FutureCallback> cbs;
  callbacks.move_to(cbs);
  for (const FutureCallback& cb : cbs) {
    switch (cb.kind) {
      case ReadyKind::TaskWakeup: loop->call_soon(ReadyKind::TaskWakeup, cb.obj, make_obj(this)); break;
      case ReadyKind::GatherChild: loop->call_soon(ReadyKind::GatherChild, cb.obj, make_obj(this)); break;
      case ReadyKind::FutureCallback: loop->call_soon(ReadyKind::FutureCallback, this, cb.fn); break;
      case ReadyKind::Native: loop->call_soon(ReadyKind::Native, cb.obj); break;
      default: break;
    }
  }
}

void Future::add_callback(FutureCallback cb) {
  if (done()) {
    callbacks.push_back(cb);
    schedule_callbacks();
  } else {
    callbacks.push_back(cb);
  }
}

void Future::set_result(Value v) {
  if (done()) raise(exc_types().InvalidStateError, "invalid state");
  result = v;
  state = FutureState::Finished;
  schedule_callbacks();
}

void Future::set_exception(Value exc) {
  if (done()) raise(exc_types().InvalidStateError, "invalid state");
  if (exc.is_obj() && exc.o->kind == Kind::Type) exc = call0(exc);
  if (exception_matches(exc, make_obj(exc_types().StopIteration)))
    raise(exc_types().TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
  exception = exc;
  state = FutureState::Finished;
  log_traceback = true;
  schedule_callbacks();
}

bool Future::cancel(Value msg) {
  log_traceback = false;
  if (done()) return false;
  state = FutureState::Cancelled;
  cancel_message = msg;
  schedule_callbacks();
  return true;
}

Value Future::make_cancelled_error() {
  if (!cancelled_exc.is_undef()) {
    // Handed out once, as CPython does; later calls build a fresh error.
    Value e = cancelled_exc;
    cancelled_exc = Value();
    return e;
  }
  if (cancel_message.is_undef() || cancel_message.is_none())
    return make_obj(new_exception(exc_types().CancelledError, ""));
  return make_obj(new_exception_args(exc_types().CancelledError, {cancel_message}));
}

Value Future::get_result() {
  if (state == FutureState::Cancelled) raise_value(make_cancelled_error());
  if (state != FutureState::Finished) raise(exc_types().InvalidStateError, "Result is not set.");
  log_traceback = false;
  if (!exception.is_undef()) throw PyError{exception};
  return result.is_undef() ? make_none() : result;
}

Value Future::send(Value v, bool* returned) {
  (void)v;
  if (!done()) {
    blocking = true;
    *returned = false;
    return make_obj(this);
  }
  *returned = true;
  return get_result();
}

Value Future::get_attr(Str* name) {
  if (name->s == "_asyncio_future_blocking") return make_bool(blocking);
  if (name->s == "_loop") return make_obj(loop);
  return Value();
}

bool Future::set_attr(Str* name, Value v) {
  if (name->s == "_asyncio_future_blocking") {
    blocking = truthy(v);
    return true;
  }
  return false;
}

Future* new_future(EventLoop* loop) { return heap().make<Future>(g_future_type, loop); }

// ----------------------------------------------------------------- Task

Task::Task(EventLoop* loop, Value coro, Value name) : Future(g_task_type, loop), coro(coro), name(name) {}

void Task::trace(Tracer& t) {
  Future::trace(t);
  t.mark(coro);
  t.mark(name);
  t.mark(fut_waiter);
  t.mark(context);
}

bool is_native_coro(Value v) {
  return v.is_obj() && v.o->kind == Kind::Native && static_cast<NativeObject*>(v.o)->has_send() &&
         !is_future(v);
}

Task* new_task(EventLoop* loop, Value coro, Value name) {
  if (!(coro.is_obj() && coro.o->kind == Kind::Generator && static_cast<Generator*>(coro.o)->is_coroutine()) &&
      !is_native_coro(coro))
    raise(exc_types().TypeError, "a coroutine was expected, got " + repr(coro));
  int64_t number = 0;
  if (name.is_undef() || name.is_none()) {
    number = ++g_task_counter;
    name = Value();
  } else if (!is_str(name)) {
    name = make_obj(str_str(name));
  }
  Task* t = heap().make<Task>(loop, coro, name);
  t->number = number;
  loop->call_soon(ReadyKind::TaskStep, t);
  loop->task_started(t);
  if (!g_hook_installed) {
    heap().finalize_hook = finalize_tasks;
    vm().root_hooks.push_back(trace_reports);
    g_hook_installed = true;
  }
  t->live_index = static_cast<int64_t>(g_tasks.size());
  g_tasks.push_back(t);
  return t;
}

bool Task::cancel(Value msg) {
  log_traceback = false;
  if (done()) return false;
  ++num_cancels_requested;
  if (fut_waiter && fut_waiter->cancel(msg)) return true;
  must_cancel = true;
  cancel_message = msg;
  return true;
}

void Task::step(Value exc) {
  if (done()) return;
  if (must_cancel) {
    if (!is_cancelled_error(exc)) exc = make_cancelled_error();
    must_cancel = false;
  }
  fut_waiter = nullptr;
  Task* prev = loop->current_task;
  loop->current_task = this;
  bool returned = false;
  Value r;
  Rooted exc_root(exc);
  try {
    if (coro.o->kind == Kind::Generator) {
      r = gen_resume(static_cast<Generator*>(coro.o), make_none(), exc, &returned);
    } else {
      auto* native = static_cast<NativeObject*>(coro.o);
      if (!exc.is_undef()) {
        native->throw_in(exc);
        throw PyError{exc};
      }
      r = native->send(make_none(), &returned);
    }
  } catch (PyError& e) {
    loop->current_task = prev;
    if (is_cancelled_error(e.exc)) {
      // The coroutine's own CancelledError is handed out once; after that
      // the task is cancelled with no message (CPython's super().cancel()).
      cancelled_exc = e.exc;
      Future::cancel(make_none());
    } else if (exception_matches(e.exc, make_obj(exc_types().KeyboardInterrupt)) ||
               exception_matches(e.exc, make_obj(exc_types().SystemExit))) {
      set_exception(e.exc);
      // It leaves the loop and ends the program: CPython never reports it
      // as "never retrieved".
      log_traceback = false;
      loop->task_finished(this);
      throw;
    } else {
      set_exception(e.exc);
    }
    loop->task_finished(this);
    return;
  }
  loop->current_task = prev;
  if (returned) {
    if (must_cancel) {
      must_cancel = false;
      Future::cancel(cancel_message);
    } else {
      set_result(r);
    }
    loop->task_finished(this);
    return;
  }
  if (is_future_yield(r)) {
    Future* f = as<Future>(r);
    if (f->loop != loop) {
      Value err = make_obj(new_exception(exc_types().RuntimeError, "Task " + repr(make_obj(this)) + " got Future " +
                                                                       repr(r) + " attached to a different loop"));
      loop->call_soon(ReadyKind::TaskStep, this, err);
    } else if (f->blocking) {
      if (f == this) {
        Value err = make_obj(new_exception(exc_types().RuntimeError, "Task cannot await on itself: " + repr(r)));
        loop->call_soon(ReadyKind::TaskStep, this, err);
        return;
      }
      f->blocking = false;
      f->add_callback({ReadyKind::TaskWakeup, this, Value()});
      fut_waiter = f;
      if (must_cancel && fut_waiter->cancel(cancel_message)) must_cancel = false;
    } else {
      Value err = make_obj(new_exception(exc_types().RuntimeError, "yield was used instead of yield from in task " +
                                                                       repr(make_obj(this)) + " with " + repr(r)));
      loop->call_soon(ReadyKind::TaskStep, this, err);
    }
    return;
  }
  if (r.is_none()) {
    // A bare yield (asyncio.sleep(0)): run again in the next iteration.
    loop->call_soon(ReadyKind::TaskStep, this);
    return;
  }
  Value err = make_obj(new_exception(exc_types().RuntimeError, "Task got bad yield: " + repr(r)));
  loop->call_soon(ReadyKind::TaskStep, this, err);
}

Value Task::get_name() {
  if (name.is_undef()) name = str_value("Task-" + std::to_string(number));
  return name;
}

void Task::wakeup(Future* fut) {
  if (fut->state == FutureState::Cancelled || !fut->exception.is_undef()) {
    Value exc;
    try {
      fut->get_result();
    } catch (PyError& e) {
      exc = e.exc;
    }
    step(exc);
    return;
  }
  step(Value());
}

// ------------------------------------------------------------- gather

GatherFuture::GatherFuture(EventLoop* loop) : Future(g_gather_type, loop) {}

void GatherFuture::trace(Tracer& t) {
  Future::trace(t);
  for (const Value& c : children) t.mark(c);
}

bool GatherFuture::cancel(Value msg) {
  log_traceback = false;
  if (done()) return false;
  bool ret = false;
  for (Value c : children)
    if (as<Future>(c)->cancel(msg)) ret = true;
  if (ret) cancel_requested = true;
  return ret;
}

void GatherFuture::child_done(Future* child) {
  ++nfinished;
  if (done()) {
    if (child->state != FutureState::Cancelled) child->log_traceback = false;
    return;
  }
  if (!return_exceptions) {
    if (child->state == FutureState::Cancelled) {
      set_exception(child->make_cancelled_error());
      return;
    }
    child->log_traceback = false;
    if (!child->exception.is_undef()) {
      set_exception(child->exception);
      return;
    }
  }
  if (nfinished == nfuts) {
    std::vector<Value> results;
    results.reserve(children.size());
    for (Value cv : children) {
      Future* c = as<Future>(cv);
      if (c->state == FutureState::Cancelled) {
        Value msg = c->cancel_message.is_undef() || c->cancel_message.is_none() ? str_value("") : c->cancel_message;
        results.push_back(make_obj(new_exception_args(exc_types().CancelledError, {msg})));
      } else {
        c->log_traceback = false;
        results.push_back(!c->exception.is_undef() ? c->exception : (c->result.is_undef() ? make_none() : c->result));
      }
    }
    if (cancel_requested) set_exception(child->make_cancelled_error());
    else set_result(make_obj(new_list(std::move(results))));
  }
}

// -------------------------------------------------------------- handles

void TimerHandle::trace(Tracer& t) {
  t.mark(callback);
  for (const Value& a : args) t.mark(a);
  t.mark(sleep_future);
  t.mark(sleep_result);
}

void TimerHandle::run() {
  if (sleep_future) {
    if (!sleep_future->done()) sleep_future->set_result(sleep_result);
    return;
  }
  RootedVector a;
  a.assign(args.begin(), args.end());
  call(callback, a.data(), static_cast<int>(a.size()));
}

void report_finalized_tasks() {
  if (g_to_report.empty()) return;
  std::vector<Task*> tasks;
  tasks.swap(g_to_report);
  RootedVector keep;
  for (Task* t : tasks) keep.push_back(make_obj(t));
  stdout_flush_quietly();
  for (Task* t : tasks) {
    std::string text;
    try {
      if (t->state == FutureState::Pending) {
        text = "Task was destroyed but it is pending!\ntask: " + repr(make_obj(t)) + "\n";
      } else {
        text = "Task exception was never retrieved\nfuture: " + repr(make_obj(t)) + "\n" + format_exception(t->exception);
      }
    } catch (PyError&) {
      continue;
    }
    t->log_traceback = false;
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
  std::fflush(stderr);
}

Future* ensure_future(EventLoop* loop, Value aw) {
  if (is_future(aw)) return as<Future>(aw);
  if ((aw.is_obj() && aw.o->kind == Kind::Generator && static_cast<Generator*>(aw.o)->is_coroutine()) ||
      is_native_coro(aw))
    return new_task(loop, aw, Value());
  if (!lookup_special(aw, intern("__await__")).is_undef()) {
    // Any other awaitable runs inside a small coroutine (asyncio.py).
    Value mod = vm().modules->get_str(intern("asyncio"));
    Value wrap = mod.is_obj() ? getattr_opt(mod, intern("_wrap_awaitable")) : Value();
    if (!wrap.is_undef()) {
      Rooted coro(call1(wrap, aw));
      return new_task(loop, coro.get(), Value());
    }
  }
  raise(exc_types().TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
}

void init_future_types() {
  auto mk = [](const char* name, TypeObject* base) {
    TypeObject* t = new_builtin_type(name, base, Kind::Native);
    t->module = intern("_asyncio");
    return t;
  };
  g_future_type = mk("Future", types().object);
  g_task_type = mk("Task", g_future_type);
  g_gather_type = mk("_GatheringFuture", g_future_type);
  g_handle_type = mk("Handle", types().object);
  g_timer_handle_type = mk("TimerHandle", g_handle_type);
  for (TypeObject** p : {&g_future_type, &g_task_type, &g_gather_type, &g_handle_type, &g_timer_handle_type})
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(p));
}

}  // namespace coil::rt
