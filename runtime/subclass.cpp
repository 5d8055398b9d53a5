#include "runtime/subclass.h"

#include <gmp.h>

#include "runtime/dict.h"
#include "runtime/dict_ops.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/numbers.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/ops.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "vm/call.h"

namespace coil::rt {

namespace {

// Empty instances for the built-ins that __init__ fills (new_empty): their
// constructors with no arguments, or an empty descriptor.
Value empty_list(Args& a) { return types().list->ctor(a); }
Value empty_dict(Args& a) { return types().dict->ctor(a); }
Value empty_set(Args& a) { return types().set->ctor(a); }
Value empty_bytearray(Args& a) { return types().bytearray->ctor(a); }
Value empty_staticmethod(Args&) { return make_obj(heap().make<StaticMethod>(make_none())); }
Value empty_classmethod(Args&) { return make_obj(heap().make<ClassMethod>(make_none())); }
Value empty_property(Args&) { return make_obj(heap().make<Property>()); }

// A fresh object of v's layout and value with no other owner, so that it can
// take a Python class: the constructors of immutable types share (str(s)
// returns s, ints are unboxed), which a subclass instance must not.
Object* fresh_copy(Value v) {
  if (v.is_int()) {
    BigInt* b = heap().make<BigInt>();
    mpz_set_si(b->z, v.i);
    return b;
  }
  if (v.is_float()) return heap().make<BoxedFloat>(v.f);
  switch (v.o->kind) {
    case Kind::BigInt: {
      BigInt* b = heap().make<BigInt>();
      mpz_set(b->z, static_cast<BigInt*>(v.o)->z);
      heap().note_alloc(mpz_size(b->z) * sizeof(mp_limb_t));
      return b;
    }
    case Kind::Str: {
      Str* s = static_cast<Str*>(v.o);
      return new_str_known(s->s, s->length, s->ascii);
    }
    case Kind::Tuple: return new_tuple(static_cast<Tuple*>(v.o)->items);
    case Kind::Bytes: return new_bytes(static_cast<Bytes*>(v.o)->data);
    case Kind::Complex: {
      Complex* c = static_cast<Complex*>(v.o);
      return heap().make<Complex>(c->re, c->im);
    }
    case Kind::FrozenSet: {
      Set* src = static_cast<Set*>(v.o);
      Set* s = new_frozenset();
      s->table = src->table;
      s->used = src->used;
      s->fill = src->fill;
      return s;
    }
    default: return v.o;  // made by the constructor for this call alone
  }
}

// T.__new__(cls, *args, **kwargs) for a built-in T (the native's slot_owner).
Value builtin_new(Args& a) {
  TypeObject* owner = a.callee->slot_owner;
  const std::string& tn = owner->name->s;
  if (a.n < 1) raise(exc_types().TypeError, tn + ".__new__(): not enough arguments");
  if (!kind_is(a.v[0], Kind::Type))
    raise(exc_types().TypeError, tn + ".__new__(X): X is not a type object (" + type_name(a.v[0]) + ")");
  TypeObject* cls = as<TypeObject>(a.v[0]);
  if (!cls->is_subtype(owner))
    raise(exc_types().TypeError,
          tn + ".__new__(" + cls->name->s + "): " + cls->name->s + " is not a subtype of " + tn);
  if (layout_builtin(cls) != owner && cls != owner)
    raise(exc_types().TypeError, tn + ".__new__(" + cls->name->s + ") is not safe, use " + new_owner_name(cls) +
                                     ".__new__()");
  Value made;
  if (owner->new_empty) {
    Args none{nullptr, 0, nullptr};
    made = owner->new_empty(none);
  } else {
    Args rest{a.v + 1, a.n - 1, a.kwnames};
    made = owner->ctor(rest);
  }
  if (cls == owner) return made;
  Rooted keep(made);
  Object* o = fresh_copy(made);
  adopt_into_class(o, cls);
  return make_obj(o);
}

// list.__init__(self, iterable=()): replaces the contents.
Value list_init(Args& a) {
  if (a.n < 1 || !kind_is(a.v[0], Kind::List))
    raise(exc_types().TypeError, "descriptor '__init__' requires a 'list' object");
  if (a.nkw()) raise(exc_types().TypeError, "list() takes no keyword arguments");
  if (a.n > 2) raisef(exc_types().TypeError, "list expected at most 1 argument, got %d", a.n - 1);
  List* l = as<List>(a.v[0]);
  l->items.clear();  // first, as CPython: l.__init__(l) leaves l empty
  if (a.n == 2) {
    RootedVector items;
    collect_values(a.v[1], items);
    l->items.assign(items.begin(), items.end());
  }
  return make_none();
}

// dict.__init__(self, [mapping_or_pairs], **kwargs): updates, as CPython.
Value dict_init(Args& a) {
  if (a.n < 1 || !kind_is(a.v[0], Kind::Dict))
    raise(exc_types().TypeError, "descriptor '__init__' requires a 'dict' object");
  if (a.n > 2) raisef(exc_types().TypeError, "dict expected at most 1 argument, got %d", a.n - 1);
  Dict* d = as<Dict>(a.v[0]);
  if (a.n == 2) dict_update_in_place(d, a.v[1]);
  for (int i = 0; i < a.nkw(); ++i) d->set(a.kwnames->items[i], a.kw(i));
  return make_none();
}

// set.__init__(self, iterable=()): replaces the contents.
Value set_init(Args& a) {
  if (a.n < 1 || !kind_is(a.v[0], Kind::Set))
    raise(exc_types().TypeError, "descriptor '__init__' requires a 'set' object");
  if (a.nkw()) raise(exc_types().TypeError, "set() takes no keyword arguments");
  if (a.n > 2) raisef(exc_types().TypeError, "set expected at most 1 argument, got %d", a.n - 1);
  Set* s = as<Set>(a.v[0]);
  s->clear();
  if (a.n == 2) {
    RootedVector items;
    collect_values(a.v[1], items);
    for (Value v : items) s->add(v);
  }
  return make_none();
}

// is_method: __init__ binds to instances; __new__ does not (it is static,
// as CPython's tp_new wrapper).
void add_owned_method(TypeObject* t, const char* name, NativeFn fn, bool is_method) {
  NativeFunction* f = new_native(name, fn);
  f->owner = t;
  f->slot_owner = t;
  f->is_method = is_method;
  t->dict->set_str(intern(name), make_obj(f));
}

}  // namespace

void allow_builtin_subclassing(TypeObject* t, NativeFn new_empty, NativeFn init) {
  t->subclassing = Subclassing::Allowed;
  t->new_empty = new_empty;
  add_owned_method(t, "__new__", builtin_new, false);
  if (init) add_owned_method(t, "__init__", init, true);
}

std::string new_owner_name(TypeObject* cls) {
  TypeObject* t = cls;
  while (t->base) {
    Value own = t->dict->get_str(COIL_NAME("__new__"));
    if (own.is_obj() && own.o->kind == Kind::StaticMethod) own = static_cast<StaticMethod*>(own.o)->func;
    if (!kind_is(own, Kind::Function)) break;
    t = t->base;
  }
  return t->name->s;
}

TypeObject* layout_builtin(TypeObject* cls) {
  for (TypeObject* t : cls->mro)
    if (t->is_builtin) return t->instance_kind == Kind::Instance || t->instance_kind == Kind::Exception ? nullptr : t;
  return nullptr;
}

Kind subclass_layout(const std::vector<TypeObject*>& bases) {
  Kind layout = Kind::Instance;
  TypeObject* solid = nullptr;  // the built-in whose layout the class takes
  for (TypeObject* b : bases) {
    if (b->subclassing == Subclassing::Final)
      raise(exc_types().TypeError,
            "type '" + tp_name_of(b) + "' is not an acceptable base type");
    if (b->subclassing == Subclassing::NotYet)
      raise(exc_types().NotImplementedError, "subclassing the built-in type '" + b->name->s + "' is not supported");
    if (b->instance_kind == Kind::Exception) {
      if (layout != Kind::Instance && layout != Kind::Exception)
        raise(exc_types().TypeError, "multiple bases have instance lay-out conflict");
      layout = Kind::Exception;
      continue;
    }
    TypeObject* lb = layout_builtin(b);
    if (!lb) continue;
    if (layout == Kind::Exception || (solid && !lb->is_subtype(solid) && !solid->is_subtype(lb)))
      raise(exc_types().TypeError, "multiple bases have instance lay-out conflict");
    if (!solid || lb->is_subtype(solid)) solid = lb;
    layout = lb->instance_kind;
  }
  return layout;
}

void init_builtin_subclassing() {
  BuiltinTypes& b = types();
  for (TypeObject* t : {b.none, b.notimpl, b.ellipsis, b.bool_, b.range, b.slice, b.function, b.builtin_function,
                        b.method, b.cell, b.code, b.generator, b.coroutine, b.async_generator, b.dict_keys,
                        b.dict_values, b.dict_items, b.member_descriptor, b.getset_descriptor, b.str_ascii_iterator,
                        b.list_reverseiterator, b.dict_reversekeyiterator, b.dict_reversevalueiterator,
                        b.dict_reverseitemiterator, b.memoryview, b.bytearray_iterator})
    t->subclassing = Subclassing::Final;
  for (TypeObject* t : b.iterators)  // enumerate, zip, ... are among them, and not final
    if (t->subclassing == Subclassing::NotYet && t != b.enumerate && t != b.zip && t != b.map && t != b.filter &&
        t != b.reversed)
      t->subclassing = Subclassing::Final;
  b.object->subclassing = Subclassing::Allowed;
  for (TypeObject* t : {b.tuple, b.str, b.int_, b.frozenset, b.complex_, b.float_, b.bytes})
    allow_builtin_subclassing(t);
  allow_builtin_subclassing(b.list, empty_list, list_init);
  allow_builtin_subclassing(b.dict, empty_dict, dict_init);
  allow_builtin_subclassing(b.set, empty_set, set_init);
  allow_builtin_subclassing(b.bytearray, empty_bytearray, bytearray_init);
  // Their __init__ natives are registered with the types (runtime/class.cpp).
  allow_builtin_subclassing(b.staticmethod, empty_staticmethod);
  allow_builtin_subclassing(b.classmethod, empty_classmethod);
  allow_builtin_subclassing(b.property, empty_property);
}

}  // namespace coil::rt
