// Generic operations: truth, hashing, comparison, arithmetic dispatch,
// repr/str, item access, iteration. Built-in kinds take direct paths; user
// class instances go through their dunder methods.
#include "runtime/ops.h"

#include <cinttypes>
#include <cstdio>

#include "parser/ast.h"
#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/dict_ops.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/nesting.h"
#include "runtime/numbers.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/descriptor.h"
#include "runtime/objects/memoryview.h"
#include "runtime/seq_ops.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/set_ops.h"
#include "runtime/stack_guard.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"
#include "runtime/vm.h"
#include "stdlib/builtins.h"

namespace coil::rt {

namespace {

Str* S(const char* s) { return intern(s); }

const char* const kBinOpSymbols[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
const char* const kCmpSymbols[] = {"==", "!=", "<", "<=", ">", ">="};

// Finds a method on the type of v, skipping the defaults `object` provides
// when `skip_object` is set. Returns the raw (unbound) attribute.
Value type_attr(Value v, Str* name) { return type_of(v)->lookup(name); }

bool is_user_defined(Value attr) { return kind_is(attr, Kind::Function); }


Value call_dunder(Value self, Value fn, Value* args, int n) {
  Value buf[4];
  buf[0] = self;
  for (int i = 0; i < n; ++i) buf[i + 1] = args[i];
  return call(fn, buf, n + 1);
}

}  // namespace

Value none() { return make_none(); }

bool is_str(Value v) { return kind_is(v, Kind::Str); }
bool is_list(Value v) { return kind_is(v, Kind::List); }
bool is_tuple(Value v) { return kind_is(v, Kind::Tuple); }
bool is_dict(Value v) { return kind_is(v, Kind::Dict); }

bool isinstance(Value v, TypeObject* t) { return type_of(v)->is_subtype(t); }

std::string type_name(Value v) { return tp_name_of(type_of(v)); }

// ------------------------------------------------------------------ truth

bool truthy(Value v) {
  switch (v.tag) {
    case Tag::Undef:
    case Tag::None: return false;
    case Tag::Bool: return v.b;
    case Tag::Int: return v.i != 0;
    case Tag::Float: return v.f != 0.0;
    case Tag::Obj: break;
  }
  auto f = v.o->type->slots.truthy;
  return f ? f(v) : true;
}

// ---------------------------------------------------------------- hashing

int64_t hash_value(Value v) {
  if (is_exact(v, Kind::Str)) return static_cast<Str*>(v.o)->hash();
  if (v.is_int()) return number_hash(v);
  return type_of(v)->slots.hash(v);
}

// ------------------------------------------------------------- comparison

static bool is_user_object(Value v) {
  return v.is_obj() && (v.o->kind == Kind::Instance || v.o->kind == Kind::Exception || v.o->has_side_attrs ||
                        (v.o->kind == Kind::Native && !v.o->type->is_builtin));
}

// A number whose behaviour is the built-in's: not an instance of a Python
// subclass of int (or float), whose dunders may differ.
static bool plain_number(Value v) { return is_number(v) && !(v.is_obj() && v.o->has_side_attrs); }

// CPython's do_richcompare: the right operand's reflected slot first when
// its type is a proper subtype of the left's, then the left's, then the
// right's; with no answer, == and != fall back to identity.
Value compare(int op, Value a, Value b) {
  if (plain_number(a) && plain_number(b)) {
    if (op <= 1) {
      bool eq = number_equal(a, b);
      return make_bool(op == 0 ? eq : !eq);
    }
    int c = number_compare(a, b);
    if (c == 2) return make_bool(false);
    switch (op) {
      case 2: return make_bool(c < 0);
      case 3: return make_bool(c <= 0);
      case 4: return make_bool(c > 0);
      default: return make_bool(c >= 0);
    }
  }
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  Value ni = not_implemented();
  bool reflected_first = ta != tb && tb->is_subtype(ta);
  if (reflected_first) {
    Value r = tb->slots.richcompare(b, a, reflected_compare(op));
    if (!r.identical(ni)) return r;
  }
  Value r = ta->slots.richcompare(a, b, op);
  if (!r.identical(ni)) return r;
  if (!reflected_first) {
    r = tb->slots.richcompare(b, a, reflected_compare(op));
    if (!r.identical(ni)) return r;
  }
  if (op == 0) return make_bool(a.identical(b));
  if (op == 1) return make_bool(!a.identical(b));
  raise(exc_types().TypeError, std::string("'") + kCmpSymbols[op] + "' not supported between instances of '" +
                                   type_name(a) + "' and '" + type_name(b) + "'");
}

bool compare_bool(int op, Value a, Value b) {
  if (a.is_int() && b.is_int()) {
    switch (op) {
      case 0: return a.i == b.i;
      case 1: return a.i != b.i;
      case 2: return a.i < b.i;
      case 3: return a.i <= b.i;
      case 4: return a.i > b.i;
      default: return a.i >= b.i;
    }
  }
  return truthy(compare(op, a, b));
}

bool values_equal(Value a, Value b) {
  if (a.identical(b)) return true;
  if (is_exact(a, Kind::Str) && is_exact(b, Kind::Str))
    return str_equal(as_str(a), as_str(b));
  return truthy(compare(0, a, b));
}

// ------------------------------------------------------------- arithmetic

[[noreturn]] static void binop_type_error(int op, Value a, Value b, bool inplace) {
  std::string sym = kBinOpSymbols[op];
  if (inplace) sym += "=";
  if (op == static_cast<int>(ast::BinOpKind::Pow) && !inplace) sym = "** or pow()";
  raise(exc_types().TypeError, "unsupported operand type(s) for " + sym + ": '" + type_name(a) + "' and '" +
                                   type_name(b) + "'");
}

// CPython's binary_op1: b's slot first when b's type is a subtype of a's
// (and has its own slot), then a's, then b's.
static Value binary_slots(int op, Value a, Value b) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  auto sa = ta->slots.binary;
  auto sb = tb != ta ? tb->slots.binary : nullptr;
  if (sb == sa) sb = nullptr;
  Value ni = not_implemented();
  if (sa) {
    if (sb && tb->is_subtype(ta)) {
      Value r = sb(op, a, b);
      if (!r.identical(ni)) return r;
      sb = nullptr;
    }
    Value r = sa(op, a, b);
    if (!r.identical(ni)) return r;
  }
  if (sb) return sb(op, a, b);
  return ni;
}

// sequence * count (either order): the count must have __index__.
static Value sequence_repeat(Value seq, Value count, bool inplace) {
  if (!is_int_like(count) && (!count.is_obj() || cached_lookup(type_of(count), S("__index__")).is_undef()))
    raise(exc_types().TypeError, "can't multiply sequence by non-int of type '" + type_name(count) + "'");
  int64_t n = index_ssize(count, exc_types().OverflowError);
  const TypeSlots& sl = type_of(seq)->slots;
  return inplace && sl.inplace_repeat ? sl.inplace_repeat(seq, n) : sl.repeat(seq, n);
}

Value binary_op(int op, Value a, Value b, bool inplace) {
  using ast::BinOpKind;
  Value r;
  if (!(a.is_obj() && a.o->has_side_attrs) && !(b.is_obj() && b.o->has_side_attrs)) {
    r = number_binary(op, a, b);
    if (!r.is_undef()) return r;
  }
  // str + str, the other hot case, before the slot protocol.
  if (op == static_cast<int>(BinOpKind::Add) && a.is_obj() && b.is_obj() && a.o->type == types().str &&
      b.o->type == types().str)
    return make_obj(str_concat(as_str(a), as_str(b)));
  Value ni = not_implemented();
  const TypeSlots& sa = type_of(a)->slots;
  if (inplace && sa.inplace) {
    r = sa.inplace(op, a, b);
    if (!r.identical(ni)) return r;
  }
  r = binary_slots(op, a, b);
  if (!r.identical(ni)) return r;
  // Both declined: the sequence forms (PyNumber_Add / PyNumber_Multiply).
  BinOpKind k = static_cast<BinOpKind>(op);
  if (k == BinOpKind::Add) {
    if (inplace && sa.inplace_concat) return sa.inplace_concat(a, b);
    if (sa.concat) return sa.concat(a, b);
  }
  if (k == BinOpKind::Mult) {
    if (sa.repeat) return sequence_repeat(a, b, inplace);
    if (type_of(b)->slots.repeat) return sequence_repeat(b, a, false);
  }
  binop_type_error(op, a, b, inplace);
}

static Value unary(Value v, Value (*TypeSlots::*slot)(Value), const char* sym) {
  auto f = type_of(v)->slots.*slot;
  if (!f) raise(exc_types().TypeError, std::string("bad operand type for unary ") + sym + ": '" + type_name(v) + "'");
  return f(v);
}

Value unary_negative(Value v) {
  if (plain_number(v)) return number_negative(v);
  return unary(v, &TypeSlots::negative, "-");
}

Value unary_positive(Value v) {
  if (v.is_bool()) return make_int(v.b);
  if (plain_number(v)) return v;
  return unary(v, &TypeSlots::positive, "+");
}

Value unary_invert(Value v) {
  if (is_int_like(v) && !(v.is_obj() && v.o->has_side_attrs)) return number_invert(v);
  return unary(v, &TypeSlots::invert, "~");
}

// ------------------------------------------------------------------- text


std::string repr(Value v) {
  switch (v.tag) {
    case Tag::Undef: return "<NULL>";
    case Tag::Int: return std::to_string(v.i);
    case Tag::Obj:
      if (is_exact(v, Kind::Str)) return str_repr(static_cast<Str*>(v.o)->s);
      break;
    default: break;
  }
  return type_of(v)->slots.repr(v);
}

std::string str(Value v) {
  if (is_exact(v, Kind::Str)) return static_cast<Str*>(v.o)->s;
  if (v.is_int()) return std::to_string(v.i);
  return type_of(v)->slots.str(v);
}

Str* repr_str(Value v) { return new_str(repr(v)); }
Str* str_str(Value v) {
  if (is_exact(v, Kind::Str)) return as_str(v);
  return new_str(str(v));
}

std::string format_value(Value v, std::string_view spec) {
  if (is_number(v)) return format_number(v, spec);
  if (is_exact(v, Kind::Str)) return format_str(as_str(v)->s, spec);
  if (is_complex(v)) return format_complex(as<Complex>(v)->re, as<Complex>(v)->im, spec);
  if (is_user_object(v)) {
    Value m = type_attr(v, COIL_NAME("__format__"));
    if (!m.is_undef() && is_user_defined(m)) {
      Value sp = str_value(spec);
      Value r = call_dunder(v, m, &sp, 1);
      if (!is_str(r)) raise(exc_types().TypeError, "__format__ must return a str, not " + type_name(r));
      return as_str(r)->s;
    }
  }
  if (is_str(v)) return format_str(as_str(v)->s, spec);
  if (spec.empty()) return str(v);
  raise(exc_types().TypeError, "unsupported format string passed to " + type_name(v) + ".__format__");
}

// ------------------------------------------------------------- attributes

// A direct-mapped cache of type attribute lookups, invalidated wholesale by
// bumping class_epoch whenever any class dict changes.
namespace {
struct AttrCacheEntry {
  TypeObject* type;
  Str* name;
  uint64_t epoch;
  Value value;
};
AttrCacheEntry g_attr_cache[4096];
}  // namespace

uint64_t class_epoch = 1;

Value cached_lookup(TypeObject* t, Str* name) {
  uintptr_t h = (reinterpret_cast<uintptr_t>(t) >> 4) ^ (reinterpret_cast<uintptr_t>(name) >> 3);
  AttrCacheEntry& e = g_attr_cache[h & 4095];
  if (e.type == t && e.name == name && e.epoch == class_epoch) return e.value;
  Value v = t->lookup(name);
  if (name->interned) e = {t, name, class_epoch, v};
  return v;
}

void trace_attr_cache(Tracer& t) {
  // Cached values are reachable from their types, but a type may die while
  // its entry lingers; entries are validated by pointer identity only after
  // marking, so mark them to keep the pointers valid.
  for (auto& e : g_attr_cache) {
    if (e.epoch != class_epoch) continue;
    t.mark(e.type);
    t.mark(e.name);
    t.mark(e.value);
  }
}

Value bind_attribute(Value attr, Value self) {
  if (!attr.is_obj()) return attr;
  if (attr.o->has_side_attrs) {
    // A Python subclass of a built-in descriptor (classmethod, property)
    // that defines its own __get__.
    Value get = cached_lookup(attr.o->type, COIL_NAME("__get__"));
    if (is_user_defined(get)) {
      Value args[3] = {attr, self, make_obj(type_of(self))};
      return call(get, args, 3);
    }
  }
  switch (attr.o->kind) {
    case Kind::Instance: {
      // A user descriptor: its __get__(instance, owner) gives the value.
      Value get = cached_lookup(attr.o->type, COIL_NAME("__get__"));
      if (get.is_undef()) return attr;
      Value args[3] = {attr, self, make_obj(type_of(self))};
      return call(get, args, 3);
    }
    case Kind::NativeFunction:
      if (!static_cast<NativeFunction*>(attr.o)->is_method) return attr;
      return make_obj(heap().make<BoundMethod>(self, attr));
    case Kind::Function:
      return make_obj(heap().make<BoundMethod>(self, attr));
    case Kind::StaticMethod: return static_cast<StaticMethod*>(attr.o)->func;
    case Kind::ClassMethod: return bind_classmethod(make_obj(type_of(self)), static_cast<ClassMethod*>(attr.o)->func);
    case Kind::Property: {
      Property* p = static_cast<Property*>(attr.o);
      if (p->fget.is_undef() || p->fget.is_none()) raise(exc_types().AttributeError, "unreadable attribute");
      return call1(p->fget, self);
    }
    case Kind::GetSet: return getset_get(attr, self);
    default: return attr;
  }
}

Value bind_classmethod(Value cls, Value func) {
  if (kind_is(func, Kind::NativeFunction)) {
    auto* nf = static_cast<NativeFunction*>(func.o);
    NativeFunction* bound = new_native(nf->name, nf->fn, cls);
    bound->qualname = nf->qualname;
    bound->owner = nf->owner;
    return make_obj(bound);
  }
  return make_obj(heap().make<BoundMethod>(cls, func));
}

Value lookup_special(Value obj, Str* name) {
  Value a = cached_lookup(type_of(obj), name);
  if (a.is_undef()) return a;
  return bind_attribute(a, obj);
}

// The type's name as CPython's tp_name gives it in messages.
static std::string tp_name(Value v) { return tp_name_of(type_of(v)); }

[[noreturn]] static void no_attribute(Value obj, Str* name) {
  if (kind_is(obj, Kind::Type))
    raise_attribute_error(obj, name, "type object '" + as<TypeObject>(obj)->name->s + "' has no attribute '" + name->s + "'");
  if (kind_is(obj, Kind::Module)) {
    raise_attribute_error(obj, name, "module '" + as<Module>(obj)->name->s + "' has no attribute '" + name->s + "'");
  }
  raise_attribute_error(obj, name, "'" + tp_name(obj) + "' object has no attribute '" + name->s + "'");
}

Value getattr_opt(Value obj, Str* name) {
  try {
    return getattr(obj, name);
  } catch (PyError& e) {
    if (exception_matches(e.exc, make_obj(exc_types().AttributeError))) return Value();
    throw;
  }
}

// Whether name could be one of type's own data descriptors (__name__,
// __dict__, __mro__, ...: runtime/builtin_getsets.cpp), all of which are
// dunders; type's dict cannot change, so other names need no lookup there.
static bool maybe_type_getset(Str* name) {
  return name->s.size() > 4 && name->s[0] == '_' && name->s[1] == '_';
}

// A data descriptor that a class's instances see before their own dict.
static bool is_data_descriptor(Value ca) {
  if (!ca.is_obj()) return false;
  if (ca.o->kind == Kind::GetSet || ca.o->kind == Kind::Property) return true;
  return ca.o->kind == Kind::Instance && !cached_lookup(ca.o->type, COIL_NAME("__get__")).is_undef() &&
         (!cached_lookup(ca.o->type, COIL_NAME("__set__")).is_undef() ||
          !cached_lookup(ca.o->type, COIL_NAME("__delete__")).is_undef());
}

Value getattr(Value obj, Str* name) {
  if (InstanceAttrs* ia = instance_attrs(obj)) {
    TypeObject* cls = obj.o->type;
    Value ca = cached_lookup(cls, name);
    if (is_data_descriptor(ca)) return bind_attribute(ca, obj);
    Value v = ia->dict ? ia->dict->get_str(name) : Value();
    if (!v.is_undef()) return v;
    if (!ca.is_undef()) return bind_attribute(ca, obj);
    if (obj.o->kind == Kind::Native) {
      v = static_cast<NativeObject*>(obj.o)->get_attr(name);
      if (!v.is_undef()) return v;
    }
    Value ga = cached_lookup(cls, COIL_NAME("__getattr__"));
    if (!ga.is_undef()) return call2(ga, obj, make_obj(name));
    no_attribute(obj, name);
  }
  if (obj.is_obj()) {
    Object* o = obj.o;
    switch (o->kind) {
      case Kind::Module: {
        // The module's dict before module's own descriptors (__dict__,
        // __class__), which no module dict holds.
        Dict* d = static_cast<Module*>(o)->dict;
        Value v = d->get_str(name);
        if (!v.is_undef()) return v;
        Value ca = cached_lookup(type_of(obj), name);
        if (!ca.is_undef()) return bind_attribute(ca, obj);
        // A module-level __getattr__ (PEP 562).
        Value ga = d->get_str(COIL_NAME("__getattr__"));
        if (!ga.is_undef()) return call1(ga, make_obj(name));
        no_attribute(obj, name);
      }
      case Kind::Type: {
        TypeObject* t = static_cast<TypeObject*>(o);
        // The metaclass's data descriptors (type's __dict__, __name__,
        // __mro__, ...; a metaclass's properties) win over the class's own
        // attributes, which may hold a __dict__ for instances.
        Value mv;
        if (t->type != types().type || maybe_type_getset(name)) {
          mv = cached_lookup(t->type, name);
          if (kind_is(mv, Kind::GetSet) || kind_is(mv, Kind::Property)) return bind_attribute(mv, obj);
        }
        Value v = cached_lookup(t, name);
        if (!v.is_undef()) {
          if (v.is_obj() && v.o->has_side_attrs) {
            // A subclass of a built-in descriptor with its own __get__.
            Value get = cached_lookup(v.o->type, COIL_NAME("__get__"));
            if (is_user_defined(get)) {
              Value args[3] = {v, make_none(), obj};
              return call(get, args, 3);
            }
          }
          if (kind_is(v, Kind::ClassMethod)) return bind_classmethod(obj, as<ClassMethod>(v)->func);
          if (kind_is(v, Kind::StaticMethod)) return as<StaticMethod>(v)->func;
          if (kind_is(v, Kind::Instance)) {
            // A user descriptor read through the class: __get__(None, cls).
            Value get = cached_lookup(v.o->type, COIL_NAME("__get__"));
            if (!get.is_undef()) {
              Value args[3] = {v, make_none(), obj};
              return call(get, args, 3);
            }
          }
          return v;
        }
        // Methods of the metaclass (type.mro, ...).
        if (mv.is_undef()) mv = cached_lookup(t->type, name);
        if (!mv.is_undef()) return bind_attribute(mv, obj);
        no_attribute(obj, name);
      }
      case Kind::Native: {
        Value v = static_cast<NativeObject*>(o)->get_attr(name);
        if (!v.is_undef()) return v;
        break;
      }
      case Kind::Function: {
        Function* fn = static_cast<Function*>(o);
        Value ca = cached_lookup(types().function, name);
        if (kind_is(ca, Kind::GetSet)) return getset_get(ca, obj);
        if (fn->attrs) {
          Value v = fn->attrs->get_str(name);
          if (!v.is_undef()) return v;
        }
        if (!ca.is_undef()) return bind_attribute(ca, obj);
        no_attribute(obj, name);
      }
      case Kind::BoundMethod: {
        // The method's own attributes, then its function's (__name__,
        // __doc__, __wrapped__, ...), as CPython's method_getattro.
        Value ca = cached_lookup(types().method, name);
        if (!ca.is_undef()) return bind_attribute(ca, obj);
        return getattr(static_cast<BoundMethod*>(o)->func, name);
      }
      default: break;
    }
  }
  Value ca = cached_lookup(type_of(obj), name);
  if (!ca.is_undef()) return bind_attribute(ca, obj);
  no_attribute(obj, name);
}

bool get_method(Value obj, Str* name, Value* method) {
  if (InstanceAttrs* ia = instance_attrs(obj)) {
    Value ca = cached_lookup(obj.o->type, name);
    if (kind_is(ca, Kind::Function) || (kind_is(ca, Kind::NativeFunction) && as<NativeFunction>(ca)->is_method)) {
      if (!ia->dict || ia->dict->used == 0 || ia->dict->get_str(name).is_undef()) {
        *method = ca;
        return true;
      }
    }
    *method = getattr(obj, name);
    return false;
  }
  if (obj.is_obj() && obj.o->kind == Kind::Native) {
    // A native's own attributes come first; then its type's methods, which
    // need no binding here (fut.set_result(...), queue.put(...)).
    Value v = static_cast<NativeObject*>(obj.o)->get_attr(name);
    if (!v.is_undef()) {
      *method = v;
      return false;
    }
    Value ca = cached_lookup(obj.o->type, name);
    if ((kind_is(ca, Kind::NativeFunction) && as<NativeFunction>(ca)->is_method) || kind_is(ca, Kind::Function)) {
      *method = ca;
      return true;
    }
    *method = getattr(obj, name);
    return false;
  }
  if (obj.is_obj() && (obj.o->kind == Kind::Type || obj.o->kind == Kind::Module || obj.o->kind == Kind::Function)) {
    *method = getattr(obj, name);
    return false;
  }
  Value ca = cached_lookup(type_of(obj), name);
  if ((kind_is(ca, Kind::NativeFunction) && as<NativeFunction>(ca)->is_method) || kind_is(ca, Kind::Function)) {
    *method = ca;
    return true;
  }
  *method = getattr(obj, name);
  return false;
}

void setattr(Value obj, Str* name, Value value) {
  if (obj.is_obj() && obj.o->kind == Kind::Type && obj.o->type != types().type) {
    // A metaclass's own __setattr__ (enum's EnumType refuses to rebind
    // members).
    Value sa = cached_lookup(obj.o->type, COIL_NAME("__setattr__"));
    if (is_user_defined(sa)) {
      Value args[3] = {obj, make_obj(name), value};
      call(sa, args, 3);
      return;
    }
  }
  if (instance_attrs(obj)) {
    // A class's own __setattr__ comes before everything, descriptors too.
    Value sa = cached_lookup(obj.o->type, COIL_NAME("__setattr__"));
    if (is_user_defined(sa)) {
      Value args[3] = {obj, make_obj(name), value};
      call(sa, args, 3);
      return;
    }
    generic_setattr(obj, name, value);
    return;
  }
  generic_setattr(obj, name, value);
}

void generic_setattr(Value obj, Str* name, Value value) {
  if (InstanceAttrs* ia = instance_attrs(obj)) {
    Value ca = cached_lookup(obj.o->type, name);
    if (kind_is(ca, Kind::GetSet)) {
      getset_set(ca, obj, value);
      return;
    }
    if (kind_is(ca, Kind::Property)) {
      Property* p = as<Property>(ca);
      if (p->fset.is_undef() || p->fset.is_none())
        raise(exc_types().AttributeError, "property '" + name->s + "' of '" + type_name(obj) + "' object has no setter");
      call2(p->fset, obj, value);
      return;
    }
    if (kind_is(ca, Kind::Instance)) {
      Value set = cached_lookup(ca.o->type, COIL_NAME("__set__"));
      if (!set.is_undef()) {
        Value args[3] = {ca, obj, value};
        call(set, args, 3);
        return;
      }
      if (!cached_lookup(ca.o->type, COIL_NAME("__delete__")).is_undef())
        raise(exc_types().AttributeError, "__set__");
    }
    if (obj.o->kind == Kind::Native && static_cast<NativeObject*>(obj.o)->set_attr(name, value)) return;
    if (!obj.o->type->instances_have_dict || !ia->dict)
      raise_attribute_error(obj, name, "'" + tp_name(obj) + "' object has no attribute '" + name->s + "'");
    ia->dict->set_str(name, value);
    return;
  }
  if (obj.is_obj()) {
    Object* o = obj.o;
    switch (o->kind) {
      case Kind::Type: {
        TypeObject* t = static_cast<TypeObject*>(o);
        if (t->is_builtin)
          raise(exc_types().TypeError,
                "cannot set '" + name->s + "' attribute of immutable type '" + t->name->s + "'");
        // The metaclass's data descriptors: type's __name__, __qualname__,
        // __doc__, ...
        if (t->type != types().type || maybe_type_getset(name)) {
          Value mv = cached_lookup(t->type, name);
          if (kind_is(mv, Kind::GetSet)) {
            getset_set(mv, obj, value);
            return;
          }
        }
        t->dict->set_str(name, value);
        ++class_epoch;
        return;
      }
      case Kind::Module:
        if (name == COIL_NAME("__dict__")) raise(exc_types().AttributeError, "readonly attribute");
        static_cast<Module*>(o)->dict->set_str(name, value);
        return;
      case Kind::Function: {
        Function* fn = static_cast<Function*>(o);
        Value ca = cached_lookup(types().function, name);
        if (kind_is(ca, Kind::GetSet)) {
          getset_set(ca, obj, value);
          return;
        }
        if (!fn->attrs) fn->attrs = new_dict();
        fn->attrs->set_str(name, value);
        return;
      }
      case Kind::Native:
        if (static_cast<NativeObject*>(o)->set_attr(name, value)) return;
        break;
      default: break;
    }
  }
  // A data descriptor of a built-in type whose instances have no dict
  // (complex.real: "readonly attribute"; object.__class__).
  Value ca = cached_lookup(type_of(obj), name);
  if (kind_is(ca, Kind::GetSet)) {
    getset_set(ca, obj, value);
    return;
  }
  if (kind_is(ca, Kind::Property) && !as<Property>(ca)->fset.is_undef() && !as<Property>(ca)->fset.is_none()) {
    call2(as<Property>(ca)->fset, obj, value);
    return;
  }
  raise_attribute_error(obj, name, "'" + tp_name(obj) + "' object has no attribute '" + name->s + "'");
}

void delattr(Value obj, Str* name) {
  if (instance_attrs(obj) || (obj.is_obj() && obj.o->kind == Kind::Type && obj.o->type != types().type)) {
    // A class's own __delattr__ comes first, as __setattr__ does.
    Value da = cached_lookup(obj.o->type, COIL_NAME("__delattr__"));
    if (is_user_defined(da)) {
      call2(da, obj, make_obj(name));
      return;
    }
  }
  generic_delattr(obj, name);
}

void generic_delattr(Value obj, Str* name) {
  if (InstanceAttrs* ia = instance_attrs(obj)) {
    Value ca = cached_lookup(obj.o->type, name);
    if (kind_is(ca, Kind::GetSet)) {
      getset_set(ca, obj, Value());
      return;
    }
    if (kind_is(ca, Kind::Property)) {
      Property* p = as<Property>(ca);
      if (p->fdel.is_undef() || p->fdel.is_none())
        raise(exc_types().AttributeError, "property '" + name->s + "' of '" + type_name(obj) + "' object has no deleter");
      call1(p->fdel, obj);
      return;
    }
    if (kind_is(ca, Kind::Instance)) {
      Value del = cached_lookup(ca.o->type, COIL_NAME("__delete__"));
      if (!del.is_undef()) {
        call2(del, ca, obj);
        return;
      }
      if (!cached_lookup(ca.o->type, COIL_NAME("__set__")).is_undef())
        raise(exc_types().AttributeError, "__delete__");
    }
    if (!ia->dict || !ia->dict->remove(make_obj(name))) no_attribute(obj, name);
    return;
  }
  if (kind_is(obj, Kind::Type)) {
    TypeObject* t = as<TypeObject>(obj);
    if (t->is_builtin)
      raise(exc_types().TypeError, "cannot set '" + name->s + "' attribute of immutable type '" + t->name->s + "'");
    if (t->type != types().type || maybe_type_getset(name)) {
      Value mv = cached_lookup(t->type, name);
      if (kind_is(mv, Kind::GetSet)) {
        getset_set(mv, obj, Value());
        return;
      }
    }
    if (!t->dict->remove(make_obj(name))) no_attribute(obj, name);
    ++class_epoch;
    return;
  }
  if (kind_is(obj, Kind::Module)) {
    if (!as<Module>(obj)->dict->remove(make_obj(name))) no_attribute(obj, name);
    return;
  }
  Value ca = cached_lookup(type_of(obj), name);
  if (kind_is(ca, Kind::GetSet)) {
    getset_set(ca, obj, Value());
    return;
  }
  if (kind_is(obj, Kind::Function)) {
    Function* fn = as<Function>(obj);
    if (fn->attrs && fn->attrs->remove(make_obj(name))) return;
  }
  no_attribute(obj, name);
}

// ------------------------------------------------------------- containers

int64_t index_value(Value v) {
  if (v.is_int()) return v.i;
  if (v.is_bool()) return v.b;
  if (kind_is(v, Kind::BigInt)) {
    Value exact = index_or_undef(v);  // an int subclass's value may be small
    if (exact.is_int()) return exact.i;
    raise(exc_types().IndexError, "cannot fit 'int' into an index-sized integer");
  }
  if (is_user_object(v)) {
    Value m = type_attr(v, COIL_NAME("__index__"));
    if (!m.is_undef()) {
      Value r = call1(m, v);
      if (r.is_int()) return r.i;
      if (r.is_bool()) return r.b;
      if (kind_is(r, Kind::BigInt))
        raise(exc_types().IndexError, "cannot fit '" + type_name(v) + "' into an index-sized integer");
      raise(exc_types().TypeError, "__index__ returned non-int (type " + type_name(r) + ")");
    }
  }
  raise(exc_types().TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
}

int64_t normalize_index(Value index, int64_t len, const char* what) {
  int64_t i = index_value(index);
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(exc_types().IndexError, what);
  return i;
}

Value getitem(Value obj, Value key) {
  if (obj.is_obj() && obj.o->kind == Kind::Type) {
    // list[int] (a GenericAlias), a class's own __class_getitem__; a
    // metaclass's __getitem__ comes first, through its slot.
    TypeObject* t = static_cast<TypeObject*>(obj.o);
    if (t->type != types().type && !cached_lookup(t->type, COIL_NAME("__getitem__")).is_undef())
      return t->type->slots.getitem(obj, key);
    Value cg = cached_lookup(t, COIL_NAME("__class_getitem__"));
    if (!cg.is_undef()) return call2(kind_is(cg, Kind::ClassMethod) ? as<ClassMethod>(cg)->func : cg, obj, key);
    raise(exc_types().TypeError, "type '" + t->name->s + "' is not subscriptable");
  }
  TypeObject* t = type_of(obj);
  if (!t->slots.getitem) raise_not_subscriptable(obj);
  return t->slots.getitem(obj, key);
}

void setitem(Value obj, Value key, Value value) {
  TypeObject* t = type_of(obj);
  if (!t->slots.setitem) raise_no_item_assignment(obj, false);
  t->slots.setitem(obj, key, value);
}

void delitem(Value obj, Value key) {
  TypeObject* t = type_of(obj);
  if (!t->slots.setitem) raise_no_item_assignment(obj, true);
  t->slots.setitem(obj, key, Value());
}

bool contains(Value container, Value item) {
  TypeObject* t = type_of(container);
  int r = t->slots.contains ? t->slots.contains(container, item) : -1;
  if (r >= 0) return r != 0;
  Value it;
  try {
    it = get_iter(container);
  } catch (PyError& e) {
    if (exception_matches(e.exc, make_obj(exc_types().TypeError)))
      raise(exc_types().TypeError, "argument of type '" + type_name(container) + "' is not iterable");
    throw;
  }
  Rooted root(it);
  for (;;) {
    Value x = iter_next(it);
    if (x.is_undef()) return false;
    if (values_equal(x, item)) return true;
  }
}

int64_t length(Value v) {
  TypeObject* t = type_of(v);
  if (!t->slots.len) raise_no_len(v);
  return t->slots.len(v);
}

Value new_iterator(IterKind k, Value src, int64_t end) {
  Iterator* it = heap().make<Iterator>(iterator_type(k, src), k, src);
  it->end = end;
  return make_obj(it);
}

void consult_length_hint(Value iterable) {
  if (!is_user_object(iterable) || lookup_special(iterable, COIL_NAME("__len__")).is_undef()) return;
  try {
    length(iterable);
  } catch (PyError& e) {
    if (!exception_matches(e.exc, make_obj(exc_types().TypeError))) throw;
  }
}

Value get_iter(Value v) {
  TypeObject* t = type_of(v);
  if (!t->slots.iter) raise_not_iterable(v);
  return t->slots.iter(v);
}

// The next item of a built-in iterator (an Iterator object), or Undef.
Value iterator_next(Value self) {
  Iterator* it = static_cast<Iterator*>(self.o);
  switch (it->which) {
    case IterKind::List: {
      List* l = as<List>(it->src);
      if (it->pos < static_cast<int64_t>(l->items.size())) return l->items[it->pos++];
      it->pos = INT64_MAX;
      return Value();
    }
    case IterKind::Tuple: {
      Tuple* t = as<Tuple>(it->src);
      if (it->pos < static_cast<int64_t>(t->items.size())) return t->items[it->pos++];
      return Value();
    }
    case IterKind::Str: {
      Str* s = as_str(it->src);
      if (it->pos >= static_cast<int64_t>(s->s.size())) return Value();
      if (s->ascii) return make_obj(ascii_char(static_cast<unsigned char>(s->s[it->pos++])));
      size_t p = static_cast<size_t>(it->pos);
      size_t start = p;
      utf8_decode(s->s, p);
      it->pos = static_cast<int64_t>(p);
      return str_value(std::string_view(s->s).substr(start, p - start));
    }
    case IterKind::Range:
    case IterKind::LongRange: return range_iter_next(it);
    case IterKind::DictKeys:
    case IterKind::DictValues:
    case IterKind::DictItems: {
      Dict* d = as<Dict>(it->src);
      if (d->used != it->end) {
        it->end = -1;
        raise(exc_types().RuntimeError, "dictionary changed size during iteration");
      }
      while (it->pos < static_cast<int64_t>(d->entries.size())) {
        DictEntry& e = d->entries[it->pos++];
        if (e.key.is_undef()) continue;
        if (it->which == IterKind::DictKeys) return e.key;
        if (it->which == IterKind::DictValues) return e.value;
        return make_obj(new_tuple({e.key, e.value}));
      }
      return Value();
    }
    case IterKind::Set: return set_iter_next(it);
    case IterKind::Bytes: return bytes_iter_next(it);
    case IterKind::MemoryView: return memoryview_iter_next(it);
    case IterKind::SeqGetItem: {
      if (it->pos < 0) return Value();
      try {
        Value r = getitem(it->src, make_int(it->pos));
        ++it->pos;
        return r;
      } catch (PyError& e) {
        if (exception_matches(e.exc, make_obj(exc_types().IndexError)) ||
            exception_matches(e.exc, make_obj(exc_types().StopIteration))) {
          it->pos = -1;
          return Value();
        }
        throw;
      }
    }
    default: return builtin_iterator_next(it);
  }
}

Value iter_next_propagating(Value itv) {
  TypeObject* t = type_of(itv);
  if (!t->slots.iternext) raise(exc_types().TypeError, "'" + type_name(itv) + "' object is not an iterator");
  return t->slots.iternext(itv);
}

Value iter_next(Value itv) {
  fuzz_tick();
  TypeObject* t = type_of(itv);
  if (!t->slots.iternext) raise(exc_types().TypeError, "'" + type_name(itv) + "' object is not an iterator");
  try {
    return t->slots.iternext(itv);
  } catch (PyError& e) {
    // A __next__ (or a generator returning a value) ends the iteration.
    if (exception_matches(e.exc, make_obj(exc_types().StopIteration))) return Value();
    throw;
  }
}

void collect_values(Value iterable, std::vector<Value>& out, bool length_hint) {
  if (is_exact(iterable, Kind::List)) {
    auto& v = as<List>(iterable)->items;
    out.insert(out.end(), v.begin(), v.end());
    return;
  }
  if (is_exact(iterable, Kind::Tuple)) {
    auto& v = as<Tuple>(iterable)->items;
    out.insert(out.end(), v.begin(), v.end());
    return;
  }
  Value it = get_iter(iterable);
  Rooted root(it);
  if (length_hint) consult_length_hint(iterable);
  for (;;) {
    Value x = iter_next(it);
    if (x.is_undef()) return;
    out.push_back(x);
  }
}

}  // namespace coil::rt
