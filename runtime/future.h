// asyncio's Future and Task, and the native awaitables built on them
// (sleep, gather), with CPython's state machine and callback order.
//
// A Future is awaited by SEND: its await iterator is the future itself; the
// first send yields the future (the task then parks on it), the send after
// the wake-up returns the result or raises the exception.
#pragma once
#include <string>
#include <vector>

#include "runtime/event_loop.h"
#include "runtime/misc.h"

namespace coil::rt {

struct Generator;

enum class FutureState : uint8_t { Pending, Cancelled, Finished };

// A done-callback: a task to wake, a gather to notify, or a script callable.
struct FutureCallback {
  ReadyKind kind;
  Object* obj;   // Task (TaskWakeup), gather Future (GatherChild), or null
  Value fn;      // FutureCallback: the script callable
};

// The done-callbacks of a future: nearly always none or one, so the first
// is stored inline and only more spill to the heap.
class CallbackList {
 public:
  CallbackList() = default;
  CallbackList(const CallbackList&) = delete;
  CallbackList& operator=(const CallbackList&) = delete;
  ~CallbackList() { release(); }
  FutureCallback* begin() { return data_; }
  FutureCallback* end() { return data_ + size_; }
  const FutureCallback* begin() const { return data_; }
  const FutureCallback* end() const { return data_ + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void push_back(const FutureCallback& cb) {
    if (size_ == cap_) grow();
    data_[size_++] = cb;
  }
  // Drops [first, end()) (the tail left by std::remove_if).
  void erase(FutureCallback* first, FutureCallback* last) {
    (void)last;
    size_ = static_cast<uint32_t>(first - data_);
  }
  // Moves every callback to `out` (cleared first) and empties this list.
  void move_to(std::vector<FutureCallback>& out) {
    out.assign(begin(), end());
    release();
  }

 private:
  void grow() {
    uint32_t cap = cap_ * 2;
    auto* d = new FutureCallback[cap];
    for (uint32_t i = 0; i < size_; ++i) d[i] = data_[i];
    if (data_ != inline_) delete[] data_;
    data_ = d;
    cap_ = cap;
  }
  void release() {
    if (data_ != inline_) delete[] data_;
    data_ = inline_;
    cap_ = 1;
    size_ = 0;
  }
  FutureCallback inline_[1];
  FutureCallback* data_ = inline_;
  uint32_t size_ = 0;
  uint32_t cap_ = 1;
};

struct Future : NativeObject {
  EventLoop* loop;
  FutureState state = FutureState::Pending;
  bool blocking = false;          // _asyncio_future_blocking
  bool log_traceback = false;     // an exception nobody retrieved yet
  Value result;
  Value exception;
  Value cancel_message;
  // The CancelledError that cancelled a task (its message included), raised
  // again to whoever awaits the task.
  Value cancelled_exc;
  CallbackList callbacks;

  Future(TypeObject* t, EventLoop* loop);
  void trace(Tracer& t) override;
  Value await_iter() override { return make_obj(this); }
  bool has_send() const override { return true; }
  Value send(Value v, bool* returned) override;
  Value get_attr(Str* name) override;
  bool set_attr(Str* name, Value v) override;

  bool done() const { return state != FutureState::Pending; }
  void set_result(Value v);
  void set_exception(Value exc);
  // Future.cancel(); Task and gather override the behaviour.
  virtual bool cancel(Value msg);
  void add_callback(FutureCallback cb);
  // result(): raises the exception / CancelledError / InvalidStateError.
  Value get_result();
  Value make_cancelled_error();
  void schedule_callbacks();
  // asyncio.sleep objects are futures inside but coroutines to the API
  // (ensure_future wraps them in a Task; isfuture() says no).
  virtual bool is_coroutine_like() const { return false; }
};

struct Task : Future {
  Value coro;             // the coroutine being driven
  Value name;             // str, made on first use from `number`
  int64_t number = 0;     // N of the default name "Task-N"
  int64_t live_index = -1;  // position in the unfinalized-task list
  Future* fut_waiter = nullptr;
  int64_t registry_index = -1;  // position in EventLoop::tasks while not done
  bool must_cancel = false;
  bool log_destroy_pending = true;  // gather() turns it off for its children
  int num_cancels_requested = 0;
  Value context;          // unused (contextvars)

  Task(EventLoop* loop, Value coro, Value name);
  void trace(Tracer& t) override;
  bool cancel(Value msg) override;
  // Task.__step: runs the coroutine until its next suspension.
  void step(Value exc);
  // Task.__wakeup: the awaited future finished.
  void wakeup(Future* fut);
  // The task's name (get_name()), made on demand to keep tasks small.
  Value get_name();
};

// The outer future of gather().
struct GatherFuture : Future {
  std::vector<Value> children;
  int nfinished = 0;
  int nfuts = 0;
  bool return_exceptions = false;
  bool cancel_requested = false;
  GatherFuture(EventLoop* loop) ;
  void trace(Tracer& t) override;
  bool cancel(Value msg) override;
  void child_done(Future* child);
};

// Script callbacks scheduled with call_soon / call_later / call_at.
struct TimerHandle : NativeObject {
  Value callback;
  std::vector<Value> args;
  double when = 0;
  bool cancelled = false;
  bool scheduled = false;  // in the timer heap
  bool is_timer = false;   // TimerHandle vs Handle (repr/type)
  // Native timers: the future to resolve when due (asyncio.sleep).
  Future* sleep_future = nullptr;
  Value sleep_result;
  TimerHandle(TypeObject* t) : NativeObject(t) {}
  void trace(Tracer& t) override;
  void run();
};

TypeObject* future_type();
TypeObject* task_type();
TypeObject* handle_type();
TypeObject* timer_handle_type();
bool is_future(Value v);        // Future, Task or gather future
bool is_future_yield(Value v);  // anything a task may park on
// Native coroutine-like awaitables (asyncio.sleep, Event.wait, Queue.get...)
// that a Task can drive and asyncio.iscoroutine() accepts.
bool is_native_coro(Value v);

Task* new_task(EventLoop* loop, Value coro, Value name);
Future* new_future(EventLoop* loop);
// ensure_future(): coroutines become tasks, futures pass through.
Future* ensure_future(EventLoop* loop, Value aw);
void init_future_types();
// After a collection: the "Task exception was never retrieved" and "Task
// was destroyed but it is pending!" reports for tasks found unreachable.
void report_finalized_tasks();

}  // namespace coil::rt
