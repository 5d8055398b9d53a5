// The atexit module: functions to call when the interpreter exits.
//
// They run after the main program has finished, however it finished
// (normally, by sys.exit(), or by an uncaught exception whose traceback was
// already printed), last registered first, as CPython's Py_FinalizeEx calls
// them; the front end reaches them through vm().exit_hooks. An exception in
// one is reported as "Exception ignored in atexit callback: <repr>" with its
// traceback and does not change the exit status.
#include <cstdio>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/output.h"
#include "runtime/str.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"
#include "stdlib/modules.h"
#include "vm/interp_support.h"

namespace coil::rt {

namespace {

struct Callback {
  Value func;    // Undef once unregistered (the slot stays, as in CPython)
  Value args;    // a tuple
  Value kwargs;  // a dict, or Undef for none
};

std::vector<Callback>& callbacks() {
  static std::vector<Callback> c;
  return c;
}

void trace_callbacks(Tracer& t) {
  for (const Callback& c : callbacks()) {
    t.mark(c.func);
    t.mark(c.args);
    t.mark(c.kwargs);
  }
}

// CPython's _PyErr_WriteUnraisableMsg("in atexit callback", func).
void report_unraisable(Value exc, Value func) {
  stdout_flush_quietly();
  std::string head = "Exception ignored in atexit callback: ";
  try {
    head += repr(func);
  } catch (PyError&) {
    head += "<object repr() failed>";
  }
  head += "\n";
  std::fwrite(head.data(), 1, head.size(), stderr);
  print_exception(exc);
}

// Calls the callbacks, last registered first, then forgets them all. A
// callback may unregister others (their slots empty) or register new ones
// (they are not run: the count is taken first, as CPython does).
void run_callbacks() {
  VM& m = vm();
  // Whatever ended the program is not being handled while the callbacks run.
  Value saved_exc = m.current_exc;
  m.current_exc = Value();
  for (size_t i = callbacks().size(); i-- > 0;) {
    if (i >= callbacks().size()) continue;  // _clear() from a callback
    Callback cb = callbacks()[i];
    if (cb.func.is_undef()) continue;
    Rooted func(cb.func), args(cb.args), kwargs(cb.kwargs);
    try {
      call_ex(func.get(), args.get(), kwargs.get());
    } catch (...) {
      Rooted exc(exception_from_cpp());
      m.current_exc = Value();
      report_unraisable(exc.get(), func.get());
    }
  }
  callbacks().clear();
  m.current_exc = saved_exc;
}

Value ae_register(Args& a) {
  if (a.n < 1) raisef(exc_types().TypeError, "register() takes at least 1 argument (%d given)", a.n);
  if (!is_callable(a.v[0])) raise(exc_types().TypeError, "the first argument must be callable");
  Callback cb;
  cb.func = a.v[0];
  cb.args = make_obj(new_tuple(std::vector<Value>(a.v + 1, a.v + a.n)));
  if (a.nkw()) {
    Dict* kw = new_dict();
    for (int k = 0; k < a.nkw(); ++k) kw->set(a.kwnames->items[k], a.kw(k));
    cb.kwargs = make_obj(kw);
  }
  callbacks().push_back(cb);
  return a.v[0];
}

// Empties every slot whose function equals func (== may run script code).
Value ae_unregister(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "atexit.unregister() takes no keyword arguments");
  if (a.n != 1) raisef(exc_types().TypeError, "atexit.unregister() takes exactly one argument (%d given)", a.n);
  Rooted func(a.v[0]);
  for (size_t i = 0; i < callbacks().size(); ++i) {
    Value f = callbacks()[i].func;
    if (f.is_undef()) continue;
    Rooted keep(f);
    if (values_equal(f, func.get()) && i < callbacks().size()) callbacks()[i] = Callback{};
  }
  return make_none();
}

void no_args(Args& a, const char* name) {
  if (a.nkw()) raisef(exc_types().TypeError, "atexit.%s() takes no keyword arguments", name);
  if (a.n) raisef(exc_types().TypeError, "atexit.%s() takes no arguments (%d given)", name, a.n);
}

Value ae_run_exitfuncs(Args& a) {
  no_args(a, "_run_exitfuncs");
  run_callbacks();
  return make_none();
}

Value ae_clear(Args& a) {
  no_args(a, "_clear");
  callbacks().clear();
  return make_none();
}

// The slots in use, emptied ones included (CPython counts them too).
Value ae_ncallbacks(Args& a) {
  no_args(a, "_ncallbacks");
  return make_int(static_cast<int64_t>(callbacks().size()));
}


}  // namespace

Module* init_atexit_module() {
  static bool hooked = false;
  if (!hooked) {
    hooked = true;
    vm().root_hooks.push_back(trace_callbacks);
    vm().exit_hooks.push_back(run_callbacks);
  }
  Module* m = new_module("atexit");
  add_function(m, "register", ae_register);
  add_function(m, "unregister", ae_unregister);
  add_function(m, "_run_exitfuncs", ae_run_exitfuncs);
  add_function(m, "_clear", ae_clear);
  add_function(m, "_ncallbacks", ae_ncallbacks);
  return m;
}

}  // namespace coil::rt
