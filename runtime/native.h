// The toolkit for native functions: methods declared in tables, their
// arguments checked in one place with CPython's messages, typed access to
// `self`.
//
// A built-in type declares its methods as a table of MethodDef and registers
// it with add_methods. The native behind each entry then receives only calls
// that passed its ArgSpec and whose self has the type's layout, so its body
// reads arguments without checking them again:
//
//   Value l_append(Args& a) {
//     self_of<List>(a)->items.push_back(a.v[1]);
//     return make_none();
//   }
//   const MethodDef kListMethods[] = {{"append", l_append, ArgSpec::One}, ...};
//   add_methods(types().list, kListMethods);
//
// The checks run in NativeFunction::invoke (runtime/function.h), which every
// caller of a native goes through.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include "runtime/types.h"

namespace coil::rt {

// How a native takes its arguments after self, worded as CPython's calling
// conventions word their errors.
enum class ArgSpec : uint8_t {
  // METH_NOARGS: "list.clear() takes no arguments (1 given)".
  NoArgs,
  // METH_O: "list.append() takes exactly one argument (0 given)".
  One,
  // Positional-only, as Argument Clinic checks them: "pop expected at most 1
  // argument, got 2", between min and max.
  Range,
  // Any number of positional arguments, no keywords (METH_VARARGS):
  // "set.union() takes no keyword arguments".
  VarArgs,
  // The native checks its own arguments (keywords, unusual signatures);
  // only self is checked.
  Any,
};

struct MethodDef {
  const char* name;
  NativeFn fn;
  ArgSpec spec = ArgSpec::Any;
  int8_t min = 0, max = 0;  // ArgSpec::Range: positional arguments after self
  const char* doc = nullptr;
};

// Adds a method to t's dict from its table entry. The entry must outlive the
// program (a static table): the native keeps a pointer to it.
void add_method_def(TypeObject* t, const MethodDef& def);
// Adds every method of a static table.
template <size_t N>
void add_methods(TypeObject* t, const MethodDef (&defs)[N]) {
  for (const MethodDef& d : defs) add_method_def(t, d);
}

// The checks of a table's method, with CPython's messages; `owner` is the
// type whose layout self must have ("descriptor 'append' for 'list' objects
// doesn't apply to a 'int' object").
void check_method_call(const MethodDef& def, TypeObject* owner, Args& a);

// The common case of those checks, inline and without a message: self has
// exactly the owner's built-in layout, no keywords, a fitting count. False
// sends the call through check_method_call.
inline bool method_call_fits(const MethodDef& def, const TypeObject* owner, const Args& a) {
  if (a.n < 1 || a.kwnames || !a.v[0].is_obj() || a.v[0].o->kind != owner->instance_kind ||
      owner->instance_kind == Kind::Instance || owner->instance_kind == Kind::Native)
    return false;
  switch (def.spec) {
    case ArgSpec::NoArgs: return a.n == 1;
    case ArgSpec::One: return a.n == 2;
    case ArgSpec::Range: return a.n - 1 >= def.min && a.n - 1 <= def.max;
    case ArgSpec::VarArgs:
    case ArgSpec::Any: return true;
  }
  return false;
}

// The checks of ArgSpec::Range and of keywords, for natives outside tables
// (class methods, module functions): "fromkeys expected at least 1
// argument, got 0" counts the `n` positional arguments given; `qualname` is
// the name keyword errors use ("dict.fromkeys").
void check_no_keywords(Args& a, const char* qualname);
void check_arg_count(const char* name, int n, int min, int max);

// Binds the arguments after self of a native whose parameters may also be
// passed by keyword, as Argument Clinic does: out[i] is the i-th of `names`,
// Undef when not given; the first `positional_only` may not be named.
// "decode() takes at most 2 arguments (3 given)", "'x' is an invalid
// keyword argument for decode()", "argument for decode() given by name
// ('encoding') and position (1)".
void bind_keyword_args(Args& a, const char* name, std::initializer_list<const char*> names, Value* out,
                       int positional_only = 0);

// bind_keyword_args for a module-level function, whose arguments have no
// self before them.
void bind_function_args(Args& a, const char* name, std::initializer_list<const char*> names, Value* out,
                        int positional_only = 0);

// self, already checked to have T's layout.
template <class T>
T* self_of(Args& a) {
  return static_cast<T*>(a.v[0].o);
}

}  // namespace coil::rt
