#include "runtime/objects/union_type.h"

#include "parser/ast.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/objects/descriptor.h"
#include "runtime/objects/generic_alias.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

TypeObject* g_type = nullptr;

UnionType* union_of(Value v) { return static_cast<UnionType*>(v.o); }

bool is_unionable(Value v) { return v.is_none() || kind_is(v, Kind::Type) || is_generic_alias(v) || is_union(v); }

// Adds v's arguments (a union's own, else v itself) to out, skipping those
// already there.
void add_args(Value v, RootedVector& out) {
  if (is_union(v)) {
    for (Value x : union_of(v)->args->items) add_args(x, out);
    return;
  }
  if (v.is_none()) v = make_obj(type_of(v));
  for (Value x : out)
    if (x.is_obj() && v.is_obj() && (x.o == v.o || values_equal(x, v))) return;
  out.push_back(v);
}

std::string union_repr(Value self) {
  std::string s;
  for (Value x : union_of(self)->args->items) {
    if (!s.empty()) s += " | ";
    s += type_arg_repr(x);
  }
  return s;
}

bool contains_arg(Tuple* args, Value v) {
  for (Value x : args->items)
    if (values_equal(x, v)) return true;
  return false;
}

// Equal when their arguments are equal as sets (a union has a handful).
Value union_richcompare(Value self, Value other, int op) {
  if (!is_union(other) || (op != kCmpEq && op != kCmpNe)) return not_implemented();
  Tuple* a = union_of(self)->args;
  Tuple* b = union_of(other)->args;
  bool eq = true;
  for (Value x : a->items) eq = eq && contains_arg(b, x);
  for (Value x : b->items) eq = eq && contains_arg(a, x);
  return make_bool(op == kCmpEq ? eq : !eq);
}

// Independent of the arguments' order, as hash(frozenset(args)).
int64_t union_hash(Value self) {
  uint64_t h = 0x5a5a1f3d;
  for (Value x : union_of(self)->args->items) h += static_cast<uint64_t>(hash_value(x)) * 0x9E3779B97F4A7C15ull;
  int64_t r = static_cast<int64_t>(h >> 1);
  return r == -1 ? -2 : r;
}

Value union_get_args(Value self) { return make_obj(union_of(self)->args); }
Value union_get_parameters(Value self) { return make_obj(type_parameters(union_of(self)->args)); }

const GetSetDef kGetSets[] = {
    {"__args__", union_get_args, nullptr, true},
    {"__parameters__", union_get_parameters},
};

}  // namespace

UnionType::UnionType(Tuple* args) : NativeObject(g_type), args(args) {}
void UnionType::trace(Tracer& t) { t.mark(args); }

TypeObject* union_type() { return g_type; }
bool is_union(Value v) { return v.is_obj() && v.o->type == g_type; }

Value union_or(Value a, Value b) {
  if (!is_unionable(a) || !is_unionable(b)) return not_implemented();
  RootedVector args;
  add_args(a, args);
  add_args(b, args);
  if (args.size() == 1) return args[0];
  Rooted t(make_obj(new_tuple(std::vector<Value>(args.begin(), args.end()))));
  return make_obj(heap().make<UnionType>(as<Tuple>(t.get())));
}

Value union_binary_slot(int op, Value a, Value b) {
  if (op != static_cast<int>(ast::BinOpKind::BitOr)) return not_implemented();
  return union_or(a, b);
}

void init_union_type() {
  g_type = new_builtin_type("UnionType", types().object, Kind::Native);
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_type));
  g_type->module = intern("types");
  g_type->subclassing = Subclassing::Final;
  TypeSlots& s = g_type->slots;
  s.repr = union_repr;
  s.hash = union_hash;
  s.richcompare = union_richcompare;
  s.binary = union_binary_slot;
  s.binary_ops = static_cast<uint16_t>(1u << static_cast<int>(ast::BinOpKind::BitOr));
  add_slot_methods(g_type);
  add_getsets(g_type, kGetSets);
}

}  // namespace coil::rt
