// _weakref: the native half of weakref (runtime/weakref.h holds the
// references and their place in the collector).
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/weakref.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

Value w_proxy(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "proxy() takes no keyword arguments");
  if (a.n < 1 || a.n > 2) raisef(exc_types().TypeError, "proxy expected at most 2 arguments, got %d", a.n);
  return new_weakproxy(a.v[0], a.n > 1 ? a.v[1] : Value());
}

Value w_getweakrefcount(Args& a) {
  if (a.n != 1 || a.nkw()) raise(exc_types().TypeError, "_weakref.getweakrefcount() takes exactly one argument");
  return make_int(weakref_count(a.v[0]));
}

Value w_getweakrefs(Args& a) {
  if (a.n != 1 || a.nkw()) raise(exc_types().TypeError, "getweakrefs() takes exactly one argument");
  weakref_count(a.v[0]);  // collects first, as any read does
  std::vector<Value> refs;
  weakrefs_of(a.v[0], refs);
  return make_obj(new_list(std::move(refs)));
}

// _remove_dead_weakref(dict, key): deletes dict[key] if it is a dead weak
// reference (WeakValueDictionary's callback).
Value w_remove_dead_weakref(Args& a) {
  if (a.n != 2 || !(a.v[0].is_obj() && a.v[0].o->kind == Kind::Dict)) raise(exc_types().TypeError, "_remove_dead_weakref() argument 1 must be dict");
  Dict* d = as<Dict>(a.v[0]);
  Value v = d->get(a.v[1]);
  if (!v.is_undef() && v.is_obj() && v.o->type->is_subtype(weakref_type()) && !static_cast<WeakRef*>(v.o)->referent)
    d->remove(a.v[1]);
  return make_none();
}

}  // namespace

Module* init_weakref_module() {
  Module* mod = new_module("_weakref");
  auto def = [&](const char* name, NativeFn fn) {
    NativeFunction* f = new_native(name, fn);
    f->qualname = intern(name);
    mod->dict->set_str(intern(name), make_obj(f));
  };
  def("proxy", w_proxy);
  def("getweakrefcount", w_getweakrefcount);
  def("getweakrefs", w_getweakrefs);
  def("_remove_dead_weakref", w_remove_dead_weakref);
  mod->dict->set_str(intern("ref"), make_obj(weakref_type()));
  mod->dict->set_str(intern("ReferenceType"), make_obj(weakref_type()));
  mod->dict->set_str(intern("ProxyType"), make_obj(weakproxy_type()));
  mod->dict->set_str(intern("CallableProxyType"), make_obj(callable_proxy_type()));
  return mod;
}

}  // namespace coil::rt
