// Async generators: __anext__/asend/athrow/aclose return awaitables that
// resume the generator's frame. Values the generator yields itself end the
// awaitable (its "StopIteration value"); anything its awaits yield (futures
// and bare yields) passes through to the task driving the outer coroutine.
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "vm/interp_support.h"

namespace coil::rt {

namespace {

enum class AgMode : uint8_t { Send, Throw, Close };

struct AgAwaitable : NativeObject {
  Generator* agen;
  Value value;      // Send: the value to send first; Throw: the exception
  AgMode mode;
  enum { Init, Iter, Closed } state = Init;
  AgAwaitable(TypeObject* t, Generator* g, Value v, AgMode m) : NativeObject(t), agen(g), value(v), mode(m) {}
  void trace(Tracer& t) override {
    t.mark(agen);
    t.mark(value);
  }
  Value await_iter() override { return make_obj(this); }
  bool has_send() const override { return true; }

  [[noreturn]] void stop_async() { raise(exc_types().StopAsyncIteration, ""); }

  Value send(Value v, bool* returned) override {
    if (state == Closed) {
      raise(exc_types().RuntimeError, mode == AgMode::Send
                                          ? "cannot reuse already awaited __anext__()/asend()"
                                          : "cannot reuse already awaited aclose()/athrow()");
    }
    bool first = state == Init;
    state = Iter;
    if (agen->state == GenState::Done) {
      // A finished generator: anext() stops; aclose() and athrow() (3.11)
      // just return None.
      state = Closed;
      if (mode == AgMode::Send) stop_async();
      *returned = true;
      return make_none();
    }
    if (agen->state == GenState::Running)
      raise(exc_types().RuntimeError, mode == AgMode::Send ? "anext(): asynchronous generator is already running"
                                                           : "athrow(): asynchronous generator is already running");
    Value throw_exc;
    Value to_send = v;
    if (first) {
      if (mode == AgMode::Send) to_send = value.is_undef() ? make_none() : value;
      else if (agen->state == GenState::Created && mode == AgMode::Close) {
        // Closing a generator that never started just marks it done.
        agen->state = GenState::Done;
        state = Closed;
        *returned = true;
        return make_none();
      } else {
        throw_exc = value;
        to_send = make_none();
      }
    }
    bool ret = false;
    Value r;
    try {
      r = gen_resume(agen, to_send, throw_exc, &ret);
    } catch (PyError& e) {
      state = Closed;
      if (mode == AgMode::Close && (exception_matches(e.exc, make_obj(exc_types().GeneratorExit)) ||
                                    exception_matches(e.exc, make_obj(exc_types().StopAsyncIteration)))) {
        *returned = true;
        return make_none();
      }
      throw;
    }
    if (ret) {
      state = Closed;
      if (mode == AgMode::Close) {
        *returned = true;
        return make_none();
      }
      stop_async();
    }
    if (agen->ag_yielded) {
      agen->ag_yielded = false;
      state = Closed;
      if (mode == AgMode::Close) raise(exc_types().RuntimeError, "async generator ignored GeneratorExit");
      *returned = true;
      return r;
    }
    *returned = false;
    return r;
  }

  void throw_in(Value exc) override {
    // Cancellation while the generator awaits: deliver it inside.
    if (agen->state != GenState::Suspended) return;
    bool ret = false;
    state = Closed;
    gen_resume(agen, make_none(), exc, &ret);
  }
};

TypeObject* ag_awaitable_type() {
  static TypeObject* t = nullptr;
  if (!t) {
    t = new_builtin_type("async_generator_asend", types().object, Kind::Native);
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
  }
  return t;
}

Generator* self_agen(Args& a) {
  if (a.n < 1 || !(a.v[0].is_obj() && a.v[0].o->type == types().async_generator))
    raise(exc_types().TypeError, "descriptor requires an async_generator");
  return as<Generator>(a.v[0]);
}

Value ag_aiter(Args& a) {
  self_agen(a);
  return a.v[0];
}
Value ag_anext(Args& a) {
  return make_obj(heap().make<AgAwaitable>(ag_awaitable_type(), self_agen(a), make_none(), AgMode::Send));
}
Value ag_asend(Args& a) {
  Generator* g = self_agen(a);
  if (a.n != 2) raise(exc_types().TypeError, "asend() takes exactly one argument");
  return make_obj(heap().make<AgAwaitable>(ag_awaitable_type(), g, a.v[1], AgMode::Send));
}
Value ag_athrow(Args& a) {
  Generator* g = self_agen(a);
  if (a.n < 2) raise(exc_types().TypeError, "athrow expected at least 1 argument, got 0");
  Value exc = a.v[1];
  if (exc.is_obj() && exc.o->kind == Kind::Type) exc = a.n > 2 ? call1(exc, a.v[2]) : call0(exc);
  Rooted root(exc);
  return make_obj(heap().make<AgAwaitable>(ag_awaitable_type(), g, exc, AgMode::Throw));
}
Value ag_aclose(Args& a) {
  Generator* g = self_agen(a);
  Value exc = make_obj(new_exception(exc_types().GeneratorExit, ""));
  Rooted root(exc);
  return make_obj(heap().make<AgAwaitable>(ag_awaitable_type(), g, exc, AgMode::Close));
}

// anext(it, default): awaits it.__anext__() and turns StopAsyncIteration
// into the default value.
struct AnextDefault : NativeObject {
  Value inner;  // the iterator of the __anext__() awaitable
  Value dflt;
  AnextDefault(TypeObject* t, Value i, Value d) : NativeObject(t), inner(i), dflt(d) {}
  void trace(Tracer& t) override {
    t.mark(inner);
    t.mark(dflt);
  }
  Value await_iter() override { return make_obj(this); }
  bool has_send() const override { return true; }
  Value send(Value v, bool* returned) override {
    try {
      if (inner.is_obj() && inner.o->kind == Kind::Generator)
        return gen_resume(static_cast<Generator*>(inner.o), v, Value(), returned);
      return send_to_iterator(inner, v, returned);
    } catch (PyError& e) {
      if (!exception_matches(e.exc, make_obj(exc_types().StopAsyncIteration))) throw;
      *returned = true;
      return dflt;
    }
  }
};

}  // namespace

Value anext_with_default(Value awaitable, Value dflt) {
  static TypeObject* t = nullptr;
  if (!t) {
    t = new_builtin_type("anext_awaitable", types().object, Kind::Native);
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
  }
  Rooted keep(awaitable);
  Value it = get_awaitable(awaitable, 0);
  Rooted keep_it(it);
  return make_obj(heap().make<AnextDefault>(t, it, dflt));
}

void init_async_generator_methods() {
  TypeObject* t = types().async_generator;
  add_method(t, "__aiter__", ag_aiter);
  add_method(t, "__anext__", ag_anext);
  add_method(t, "asend", ag_asend);
  add_method(t, "athrow", ag_athrow);
  add_method(t, "aclose", ag_aclose);
}

}  // namespace coil::rt
