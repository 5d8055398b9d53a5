#include "runtime/objects/generic_alias.h"

#include "parser/ast.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/native.h"
#include "runtime/objects/descriptor.h"
#include "runtime/objects/union_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/subclass.h"

namespace coil::rt {

namespace {

TypeObject* g_type = nullptr;

GenericAlias* alias_of(Value v) { return static_cast<GenericAlias*>(v.o); }

Tuple* as_args_tuple(Value args) {
  if (is_exact(args, Kind::Tuple)) return as<Tuple>(args);
  return new_tuple({args});
}

// A type variable (TypeVar, ParamSpec, TypeVarTuple) says so by
// __typing_subst__ (3.11).
bool is_type_var(Value v) {
  return v.is_obj() && !kind_is(v, Kind::Type) && !cached_lookup(type_of(v), COIL_NAME("__typing_subst__")).is_undef();
}

Tuple* params_of(GenericAlias* ga) {
  if (!ga->params) ga->params = type_parameters(ga->args);
  return ga->params;
}

std::string ga_repr(Value self) {
  GenericAlias* ga = alias_of(self);
  std::string s = type_arg_repr(ga->origin) + "[";
  if (ga->args->items.empty()) return s + "()]";
  bool first = true;
  for (Value x : ga->args->items) {
    if (!first) s += ", ";
    first = false;
    if (is_exact(x, Kind::List)) {  // Callable[[int, str], T]'s parameter list
      s += "[";
      bool f2 = true;
      for (Value y : as<List>(x)->items) {
        if (!f2) s += ", ";
        f2 = false;
        s += type_arg_repr(y);
      }
      s += "]";
    } else {
      s += type_arg_repr(x);
    }
  }
  return s + "]";
}

Value ga_richcompare(Value self, Value other, int op) {
  if (!is_generic_alias(other) || (op != kCmpEq && op != kCmpNe)) return not_implemented();
  GenericAlias* a = alias_of(self);
  GenericAlias* b = alias_of(other);
  bool eq = values_equal(a->origin, b->origin) && values_equal(make_obj(a->args), make_obj(b->args));
  return make_bool(op == kCmpEq ? eq : !eq);
}

int64_t ga_hash(Value self) {
  GenericAlias* ga = alias_of(self);
  int64_t h = hash_value(ga->origin) ^ hash_value(make_obj(ga->args));
  return h == -1 ? -2 : h;
}

// alias[x, ...]: the type variables among the arguments replaced, in
// order, by the values given.
Value ga_getitem(Value self, Value key) {
  GenericAlias* ga = alias_of(self);
  Tuple* params = params_of(ga);
  if (params->items.empty()) raise(exc_types().TypeError, ga_repr(self) + " is not a generic class");
  Rooted keep_key(key);
  Tuple* values = as_args_tuple(key);
  Rooted keep_values(make_obj(values));
  size_t n = params->items.size();
  if (values->items.size() != n)
    raisef(exc_types().TypeError, "Too %s arguments for %s; actual %zu, expected %zu",
           values->items.size() > n ? "many" : "few", ga_repr(self).c_str(), values->items.size(), n);
  RootedVector out;
  for (Value arg : ga->args->items) {
    Value r = arg;
    bool done = false;
    for (size_t i = 0; i < n && !done; ++i)
      if (arg.is_obj() && params->items[i].is_obj() && arg.o == params->items[i].o) {
        r = values->items[i];
        done = true;
      }
    if (!done) {
      // A nested alias with parameters of its own: substitute in it too.
      Value sub = is_type_var(arg) || kind_is(arg, Kind::Type) ? Value() : getattr_opt(arg, COIL_NAME("__parameters__"));
      if (kind_is(sub, Kind::Tuple) && !as<Tuple>(sub)->items.empty()) {
        RootedVector picked;
        for (Value p : as<Tuple>(sub)->items)
          for (size_t i = 0; i < n; ++i)
            if (p.is_obj() && params->items[i].is_obj() && p.o == params->items[i].o) picked.push_back(values->items[i]);
        Rooted t(make_obj(new_tuple(std::vector<Value>(picked.begin(), picked.end()))));
        r = getitem(arg, as<Tuple>(t.get())->items.size() == 1 ? as<Tuple>(t.get())->items[0] : t.get());
      }
    }
    out.push_back(r);
  }
  Rooted t(make_obj(new_tuple(std::vector<Value>(out.begin(), out.end()))));
  return new_generic_alias(ga->origin, t.get());
}

// The names a generic alias answers itself; every other attribute is its
// origin's (CPython's attr_exceptions).
bool is_own_attribute(Str* name) {
  static const char* const kOwn[] = {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                                     "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                                     "__reduce__", "__copy__", "__deepcopy__"};
  for (const char* n : kOwn)
    if (name->s == n) return true;
  return false;
}

// Calling the alias calls its origin, and tells the instance where it came
// from (__orig_class__) when it can take the attribute.
Value ga_call(Args& a) {
  Value r = call(alias_of(a.v[0])->origin, a.v + 1, a.n - 1, a.kwnames);
  Rooted keep(r);
  try {
    setattr(r, COIL_NAME("__orig_class__"), a.v[0]);
  } catch (PyError& e) {
    if (!exception_matches(e.exc, make_obj(exc_types().AttributeError)) &&
        !exception_matches(e.exc, make_obj(exc_types().TypeError)))
      throw;
  }
  return r;
}

Value ga_mro_entries(Args& a) { return make_obj(new_tuple({alias_of(a.v[0])->origin})); }

Value ga_instancecheck(Args&) {
  raise(exc_types().TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
Value ga_subclasscheck(Args&) {
  raise(exc_types().TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

Value ga_new(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "GenericAlias() takes no keyword arguments");
  check_arg_count("GenericAlias", a.n, 2, 2);
  return new_generic_alias(a.v[0], a.v[1]);
}

Value ga_get_origin(Value self) { return alias_of(self)->origin; }
Value ga_get_args(Value self) { return make_obj(alias_of(self)->args); }
Value ga_get_parameters(Value self) { return make_obj(params_of(alias_of(self))); }
Value ga_get_unpacked(Value) { return make_bool(false); }

const MethodDef kMethods[] = {
    {"__call__", ga_call},
    {"__mro_entries__", ga_mro_entries, ArgSpec::One},
    {"__instancecheck__", ga_instancecheck, ArgSpec::One},
    {"__subclasscheck__", ga_subclasscheck, ArgSpec::One},
};
const GetSetDef kGetSets[] = {
    {"__origin__", ga_get_origin, nullptr, true},
    {"__args__", ga_get_args, nullptr, true},
    {"__parameters__", ga_get_parameters},
    {"__unpacked__", ga_get_unpacked, nullptr, true},
};

}  // namespace

GenericAlias::GenericAlias(Value origin, Tuple* args) : NativeObject(g_type), origin(origin), args(args) {}

void GenericAlias::trace(Tracer& t) {
  t.mark(origin);
  t.mark(args);
  t.mark(params);
}

Value GenericAlias::get_attr(Str* name) {
  if (is_own_attribute(name)) return Value();  // from GenericAlias's dict
  return getattr(origin, name);
}

TypeObject* generic_alias_type() { return g_type; }
bool is_generic_alias(Value v) { return v.is_obj() && v.o->type == g_type; }

Value new_generic_alias(Value origin, Value args) {
  Rooted keep_origin(origin), keep_args(args);
  Rooted t(make_obj(as_args_tuple(args)));
  return make_obj(heap().make<GenericAlias>(origin, as<Tuple>(t.get())));
}

Tuple* type_parameters(Tuple* args) {
  RootedVector params;
  auto add = [&](Value p) {
    for (Value x : params)
      if (x.is_obj() && p.is_obj() && x.o == p.o) return;
    params.push_back(p);
  };
  for (Value arg : args->items) {
    if (kind_is(arg, Kind::Type)) continue;
    if (is_type_var(arg)) {
      add(arg);
      continue;
    }
    Value sub = getattr_opt(arg, COIL_NAME("__parameters__"));
    if (kind_is(sub, Kind::Tuple))
      for (Value p : as<Tuple>(sub)->items) add(p);
  }
  return new_tuple(std::vector<Value>(params.begin(), params.end()));
}

std::string type_arg_repr(Value v) {
  if (v.is_none() || (kind_is(v, Kind::Type) && as<TypeObject>(v) == type_of(make_none()))) return "None";
  if (v.is_obj() && v.o == ellipsis().o) return "...";
  if (is_generic_alias(v)) return repr(v);
  if (kind_is(v, Kind::Type)) {
    TypeObject* t = as<TypeObject>(v);
    Value q = getattr_opt(v, COIL_NAME("__qualname__"));
    Value m = getattr_opt(v, COIL_NAME("__module__"));
    std::string qs = is_str(q) ? as_str(q)->s : t->name->s;
    if (is_str(m) && as_str(m)->s != "builtins") return as_str(m)->s + "." + qs;
    return qs;
  }
  return repr(v);
}

Value class_getitem_generic_alias(Args& a) {
  check_arg_count("__class_getitem__", a.n - 1, 1, 1);
  return new_generic_alias(a.v[0], a.v[1]);
}

void init_generic_alias() {
  g_type = new_builtin_type("GenericAlias", types().object, Kind::Native);
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_type));
  g_type->module = intern("types");
  g_type->ctor = ga_new;
  allow_builtin_subclassing(g_type);  // collections.abc's _CallableGenericAlias
  TypeSlots& s = g_type->slots;
  s.repr = ga_repr;
  s.hash = ga_hash;
  s.richcompare = ga_richcompare;
  s.getitem = ga_getitem;
  s.binary = union_binary_slot;
  s.binary_ops = static_cast<uint16_t>(1u << static_cast<int>(ast::BinOpKind::BitOr));
  add_slot_methods(g_type);
  add_methods(g_type, kMethods);
  add_getsets(g_type, kGetSets);
  // The built-in collections that are generic (PEP 585).
  BuiltinTypes& t = types();
  for (TypeObject* x : {t.list, t.dict, t.tuple, t.set, t.frozenset, t.type, t.enumerate, exc_types().BaseExceptionGroup})
    add_classmethod(x, "__class_getitem__", class_getitem_generic_alias);
}

}  // namespace coil::rt
