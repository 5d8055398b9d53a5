// send / throw / close / __next__ for generators and coroutines.
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "runtime/warnings.h"
#include "vm/interp_support.h"
#include "vm/opcodes.h"

namespace coil::rt {

namespace {

Generator* self_gen(Args& a) {
  if (a.n < 1 || !(a.v[0].is_obj() && a.v[0].o->kind == Kind::Generator))
    raise(exc_types().TypeError, "descriptor requires a generator or coroutine");
  return as<Generator>(a.v[0]);
}

[[noreturn]] void raise_stop(Value result) {
  raise_value(make_obj(new_exception_args(exc_types().StopIteration,
                                          result.is_none() ? std::vector<Value>{} : std::vector<Value>{result})));
}

Value gen_send(Args& a) {
  Generator* g = self_gen(a);
  if (a.n != 2) raise(exc_types().TypeError, "send() takes exactly one argument");
  bool returned = false;
  Value r = gen_resume(g, a.v[1], Value(), &returned);
  if (returned) raise_stop(r);
  return r;
}


// throw(exc) / throw(type[, value]): the exception to raise inside. A
// value that is neither is handed on as it is when the generator delegates
// (a user iterator's throw() sees it) and is a TypeError otherwise.
Value make_thrown(Args& a) {
  if (a.n < 2) raise(exc_types().TypeError, "throw expected at least 1 argument, got 0");
  Value t = a.v[1];
  Generator* g = static_cast<Generator*>(a.v[0].o);
  bool delegating = g->state == GenState::Suspended && g->frame()->ip - g->frame()->code->instrs.data() >= 2 &&
                    vm::instr_op(g->frame()->ip[-2]) == vm::Op::SEND;
  if (delegating && a.n == 2) return t;  // instantiated where it is raised
  if (t.is_obj() && t.o->kind == Kind::Type && as<TypeObject>(t)->is_subtype(exc_types().BaseException)) {
    if (a.n > 2 && !a.v[2].is_none()) {
      if (a.v[2].is_obj() && a.v[2].o->kind == Kind::Exception) return a.v[2];
      return call1(t, a.v[2]);
    }
    return call0(t);
  }
  if (t.is_obj() && t.o->kind == Kind::Exception) return t;
  raise(exc_types().TypeError, "exceptions must be classes or instances deriving from BaseException, not " + type_name(t));
}

Value gen_throw(Args& a) {
  Generator* g = self_gen(a);
  Value exc = make_thrown(a);
  Rooted root(exc);
  bool returned = false;
  Value r = gen_resume(g, make_none(), exc, &returned);
  if (returned) raise_stop(r);
  return r;
}

Value gen_close(Args& a) {
  Generator* g = self_gen(a);
  if (g->state == GenState::Created || g->state == GenState::Done) {
    if (!g->started) {
      g->started = true;
      coroutine_started(g);
    }
    finish_generator(g);
    return make_none();
  }
  Value exc = make_obj(new_exception(exc_types().GeneratorExit, ""));
  Rooted root(exc);
  try {
    bool returned = false;
    gen_resume(g, make_none(), exc, &returned);
    if (!returned) {
      const char* what = g->is_coroutine() ? "coroutine" : g->is_async_gen() ? "async generator" : "generator";
      raise(exc_types().RuntimeError, std::string(what) + " ignored GeneratorExit");
    }
  } catch (PyError& e) {
    if (exception_matches(e.exc, make_obj(exc_types().GeneratorExit)) ||
        exception_matches(e.exc, make_obj(exc_types().StopIteration)))
      return make_none();
    throw;
  }
  return make_none();
}


}  // namespace

void init_generator_methods() {
  for (TypeObject* t : {types().generator, types().coroutine}) {
    add_method(t, "send", gen_send);
    add_method(t, "throw", gen_throw);
    add_method(t, "close", gen_close);
  }
}

}  // namespace coil::rt
