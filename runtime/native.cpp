#include "runtime/native.h"

#include <vector>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

[[noreturn]] void wrong_self(const MethodDef& def, TypeObject* owner, Args& a) {
  if (a.n < 1)
    raisef(exc_types().TypeError, "unbound method %s.%s() needs an argument", owner->name->s.c_str(), def.name);
  // CPython names the type by tp_name here: "_random.Random", but "list".
  std::string tp_name = owner->name->s;
  if (owner->module && owner->module->s != "builtins") tp_name = owner->module->s + "." + tp_name;
  raisef(exc_types().TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", def.name,
         tp_name.c_str(), type_name(a.v[0]).c_str());
}

// Whether v has owner's layout: an instance of owner or of a subclass.
bool has_layout(Value v, TypeObject* owner) {
  if (v.is_obj() && v.o->kind == owner->instance_kind && owner->instance_kind != Kind::Instance &&
      owner->instance_kind != Kind::Native)
    return true;  // the common case, without walking the MRO
  return type_of(v)->is_subtype(owner);
}

const char* plural(int n) { return n == 1 ? "" : "s"; }

}  // namespace

void check_no_keywords(Args& a, const char* qualname) {
  if (a.nkw()) raisef(exc_types().TypeError, "%s() takes no keyword arguments", qualname);
}

void check_arg_count(const char* name, int n, int min, int max) {
  if (n < min) {
    if (min == max) raisef(exc_types().TypeError, "%s expected %d argument%s, got %d", name, min, plural(min), n);
    raisef(exc_types().TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n);
  }
  if (n > max) {
    if (min == max) raisef(exc_types().TypeError, "%s expected %d argument%s, got %d", name, max, plural(max), n);
    raisef(exc_types().TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n);
  }
}

void bind_keyword_args(Args& a, const char* name, std::initializer_list<const char*> names, Value* out,
                       int positional_only) {
  int np = static_cast<int>(names.size());
  int n = a.n - 1;
  if (n + a.nkw() > np)  // "keyword" when all were named, as CPython says it
    raisef(exc_types().TypeError, "%s() takes at most %d %sargument%s (%d given)", name, np, n == 0 ? "keyword " : "",
           plural(np), n + a.nkw());
  for (int i = 0; i < np; ++i) out[i] = i < n ? a.v[1 + i] : Value();
  for (int k = 0; k < a.nkw(); ++k) {
    const std::string& kn = as_str(a.kwnames->items[k])->s;
    int idx = 0;
    for (const char* nm : names) {
      if (kn == nm) break;
      ++idx;
    }
    if (idx == np || idx < positional_only)
      raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for %s()", kn.c_str(), name);
    if (idx < n)
      raisef(exc_types().TypeError, "argument for %s() given by name ('%s') and position (%d)", name, kn.c_str(),
             idx + 1);
    out[idx] = a.kw(k);
  }
}

void bind_function_args(Args& a, const char* name, std::initializer_list<const char*> names, Value* out,
                        int positional_only) {
  std::vector<Value> shifted(static_cast<size_t>(a.n + a.nkw()) + 1);
  for (int i = 0; i < a.n + a.nkw(); ++i) shifted[static_cast<size_t>(i) + 1] = a.v[i];
  Args b{shifted.data(), a.n + 1, a.kwnames, a.callee};
  bind_keyword_args(b, name, names, out, positional_only);
}

void check_method_call(const MethodDef& def, TypeObject* owner, Args& a) {
  if (a.n < 1 || !has_layout(a.v[0], owner)) wrong_self(def, owner, a);
  if (def.spec == ArgSpec::Any) return;
  if (a.nkw()) raisef(exc_types().TypeError, "%s.%s() takes no keyword arguments", owner->name->s.c_str(), def.name);
  int n = a.n - 1;
  switch (def.spec) {
    case ArgSpec::NoArgs:
      if (n != 0)
        raisef(exc_types().TypeError, "%s.%s() takes no arguments (%d given)", owner->name->s.c_str(), def.name, n);
      return;
    case ArgSpec::One:
      if (n != 1)
        raisef(exc_types().TypeError, "%s.%s() takes exactly one argument (%d given)", owner->name->s.c_str(),
               def.name, n);
      return;
    case ArgSpec::Range:
      check_arg_count(def.name, n, def.min, def.max);
      return;
    case ArgSpec::VarArgs:
    case ArgSpec::Any: return;
  }
}

void add_method_def(TypeObject* t, const MethodDef& def) {
  NativeFunction* f = new_native(def.name, def.fn);
  f->owner = t;
  f->def = &def;
  f->def_owner = t;
  f->is_method = true;
  t->dict->set_str(intern(def.name), make_obj(f));
}

}  // namespace coil::rt
