#include "runtime/objects/namespace.h"

#include <vector>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/objects/descriptor.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

TypeObject* g_type = nullptr;

// __init__(self, **kwargs); CPython 3.11 takes no positional arguments.
Value ns_init(Args& a) {
  InstanceAttrs* ia = a.n >= 1 ? instance_attrs(a.v[0]) : nullptr;
  if (!ia || !ia->dict) raise(exc_types().TypeError, "descriptor '__init__' requires a 'types.SimpleNamespace' object");
  if (a.n > 1) raise(exc_types().TypeError, "no positional arguments expected");
  for (int i = 0; i < a.nkw(); ++i) ia->dict->set(a.kwnames->items[i], a.kw(i));
  return make_none();
}

Value ns_ctor(Args& a) {
  Value inst = make_obj(heap().make<Instance>(g_type));
  Rooted keep(inst);
  std::vector<Value> args;
  args.push_back(inst);
  for (int i = 0; i < a.n + a.nkw(); ++i) args.push_back(a.v[i]);
  Args with_self{args.data(), a.n + 1, a.kwnames};
  ns_init(with_self);
  return inst;
}

// Namespaces being printed: a namespace inside itself prints as "namespace(...)".
std::vector<Object*>& printing() {
  static std::vector<Object*> stack;
  return stack;
}

std::string ns_repr(Value self) {
  std::string name = self.o->type == g_type ? "namespace" : self.o->type->name->s;
  for (Object* o : printing())
    if (o == self.o) return name + "(...)";
  printing().push_back(self.o);
  std::string out = name + "(";
  try {
    Dict* d = instance_attrs(self)->dict;
    bool first = true;
    for (size_t i = 0; i < d->entries.size(); ++i) {
      DictEntry e = d->entries[i];
      if (e.key.is_undef() || !is_str(e.key)) continue;
      if (!first) out += ", ";
      first = false;
      out += as_str(e.key)->s + "=" + repr(e.value);
    }
  } catch (...) {
    printing().pop_back();
    throw;
  }
  printing().pop_back();
  return out + ")";
}

Value ns_richcompare(Value self, Value other, int op) {
  if (op > kCmpNe || !isinstance(other, g_type)) return not_implemented();
  return compare(op, make_obj(instance_attrs(self)->dict), make_obj(instance_attrs(other)->dict));
}

}  // namespace

TypeObject* simple_namespace_type() { return g_type; }

Value new_simple_namespace(Dict* attrs) {
  Value inst = make_obj(heap().make<Instance>(g_type));
  Dict* d = instance_attrs(inst)->dict;
  for (const DictEntry& e : attrs->entries)
    if (!e.key.is_undef()) d->set(e.key, e.value);
  return inst;
}

void init_simple_namespace() {
  g_type = new_builtin_type("SimpleNamespace", types().object, Kind::Instance);
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_type));
  g_type->module = intern("types");
  g_type->instances_have_dict = true;
  add_getset_def(g_type, kInstanceDictGetSet);
  g_type->ctor = ns_ctor;
  g_type->slots.repr = ns_repr;
  g_type->slots.richcompare = ns_richcompare;
  g_type->slots.hash = [](Value self) -> int64_t { raise_unhashable(self); };
  add_slot_methods(g_type);
  add_method(g_type, "__init__", ns_init);
}

}  // namespace coil::rt
