#include "runtime/objects/mappingproxy.h"

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/native.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

TypeObject* g_type = nullptr;

Value target(Value self) { return static_cast<MappingProxy*>(self.o)->mapping; }

// Each method forwards to the mapping's own.
Value forward(Args& a, const char* name) {
  Value m = getattr(target(a.v[0]), intern(name));
  Rooted keep(m);
  return call(m, a.v + 1, a.n - 1);
}
Value mp_keys(Args& a) { return forward(a, "keys"); }
Value mp_values(Args& a) { return forward(a, "values"); }
Value mp_items(Args& a) { return forward(a, "items"); }
Value mp_get(Args& a) { return forward(a, "get"); }
Value mp_copy(Args& a) { return forward(a, "copy"); }

const MethodDef kMethods[] = {
    {"keys", mp_keys, ArgSpec::NoArgs},   {"values", mp_values, ArgSpec::NoArgs},
    {"items", mp_items, ArgSpec::NoArgs}, {"get", mp_get, ArgSpec::Range, 1, 2},
    {"copy", mp_copy, ArgSpec::NoArgs},
};

Value mp_new(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "mappingproxy() takes no keyword arguments");
  if (a.n != 1) raisef(exc_types().TypeError, "mappingproxy() takes exactly one argument (%d given)", a.n);
  Value m = a.v[0];
  if (!m.is_obj() || m.o->kind == Kind::List || m.o->kind == Kind::Tuple || !type_of(m)->slots.getitem ||
      getattr_opt(m, intern("keys")).is_undef())
    raise(exc_types().TypeError, "mappingproxy() argument must be a mapping, not " + type_name(m));
  return new_mappingproxy(m);
}

std::string mp_repr(Value self) { return "mappingproxy(" + repr(target(self)) + ")"; }
int64_t mp_len(Value self) { return length(target(self)); }
Value mp_getitem(Value self, Value key) { return getitem(target(self), key); }
int mp_contains(Value self, Value item) { return contains(target(self), item) ? 1 : 0; }
Value mp_iter(Value self) { return get_iter(target(self)); }
Value mp_richcompare(Value self, Value other, int op) { return compare(op, target(self), other); }

}  // namespace

MappingProxy::MappingProxy(Value mapping) : NativeObject(g_type), mapping(mapping) {}

TypeObject* mappingproxy_type() { return g_type; }

Value new_mappingproxy(Value mapping) { return make_obj(heap().make<MappingProxy>(mapping)); }

void init_mappingproxy() {
  g_type = new_builtin_type("mappingproxy", types().object, Kind::Native);
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_type));
  g_type->subclassing = Subclassing::Final;
  g_type->ctor = mp_new;
  TypeSlots& s = g_type->slots;
  s.repr = mp_repr;
  s.str = [](Value self) { return str(target(self)); };
  s.len = mp_len;
  s.getitem = mp_getitem;
  s.contains = mp_contains;
  s.iter = mp_iter;
  s.richcompare = mp_richcompare;
  s.hash = [](Value self) -> int64_t { raise_unhashable(self); };
  add_slot_methods(g_type);
  add_methods(g_type, kMethods);
}

}  // namespace coil::rt
