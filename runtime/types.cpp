#include "runtime/types.h"

#include <algorithm>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt {

int Args::nkw() const { return kwnames ? static_cast<int>(kwnames->size()) : 0; }

Value Args::kwarg(const char* name) const {
  if (!kwnames) return Value();
  for (size_t i = 0; i < kwnames->size(); ++i)
    if (as_str(kwnames->items[i])->s == name) return v[n + i];
  return Value();
}

BuiltinTypes g_builtin_types;

std::string tp_name_of(const TypeObject* t) {
  if (t->tp_name) return t->tp_name;
  if (t->qualified_tp_name && t->module) return t->module->s + "." + t->name->s;
  return t->name->s;
}

TypeObject::TypeObject(Str* name, TypeObject* base, Kind instance_kind, bool builtin)
    : Object(Kind::Type, types().type), name(name), base(base), instance_kind(instance_kind), is_builtin(builtin) {
  // Python classes and the layouts every class can take (object, the
  // exceptions) can be subclassed; other built-ins opt in
  // (runtime/subclass.cpp).
  subclassing = !builtin || instance_kind == Kind::Instance || instance_kind == Kind::Exception
                    ? Subclassing::Allowed
                    : Subclassing::NotYet;
  // Built-in instances have no __dict__, but exceptions (and classes
  // defined in Python, unless __slots__ says otherwise) do.
  instances_have_dict = !builtin || instance_kind == Kind::Exception;
  dict = new_dict();
  if (base) bases.push_back(base);
  compute_mro();
  if (base) slots = base->slots;
  if (base) pattern_flags = base->pattern_flags;
  if (!builtin) use_dunder_slots(this);
}

void TypeObject::trace(Tracer& t) {
  t.mark(type);  // a metaclass defined in Python
  for (Value r : subclass_refs) t.mark(r);
  t.mark(name);
  t.mark(qualname);
  t.mark(base);
  for (auto* b : bases) t.mark(b);
  for (auto* b : mro) t.mark(b);
  t.mark(dict);
  t.mark(module);
  t.mark(init_for_call);
}

Value TypeObject::lookup(Str* key) const {
  for (const TypeObject* t : mro) {
    Value v = t->dict->get_str(key);
    if (!v.is_undef()) return v;
  }
  return Value();
}

bool TypeObject::is_subtype(const TypeObject* other) const {
  if (this == other) return true;
  for (const TypeObject* t : mro)
    if (t == other) return true;
  return false;
}

std::vector<TypeObject*> c3_mro(TypeObject* t) {
  std::vector<std::vector<TypeObject*>> seqs;
  for (TypeObject* b : t->bases) seqs.push_back(b->mro);
  seqs.push_back(t->bases);
  std::vector<TypeObject*> out{t};
  for (;;) {
    bool empty = true;
    for (auto& s : seqs) if (!s.empty()) empty = false;
    if (empty) return out;
    TypeObject* pick = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      TypeObject* cand = s.front();
      bool in_tail = false;
      for (auto& o : seqs)
        if (std::find(o.begin() + (o.empty() ? 0 : 1), o.end(), cand) != o.end()) in_tail = true;
      if (!in_tail) { pick = cand; break; }
    }
    if (!pick) {
      std::string names;
      for (TypeObject* b : t->bases) names += (names.empty() ? "" : ", ") + b->name->s;
      raise(exc_types().TypeError,
            "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
    }
    out.push_back(pick);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == pick) s.erase(s.begin());
  }
}

void TypeObject::compute_mro() {
  if (bases.size() <= 1) {
    mro.clear();
    mro.push_back(this);
    if (base)
      for (TypeObject* t : base->mro) mro.push_back(t);
  } else {
    mro = c3_mro(this);
  }
}

Instance::Instance(TypeObject* cls, Kind kind) : Object(kind, cls) { dict = new_dict(); }

// An instance keeps its class alive (user classes are heap objects too).
void Instance::trace(Tracer& t) {
  t.mark(type);
  t.mark(dict);
  t.mark(slot_values);
}

TypeObject* new_builtin_type(const char* name, TypeObject* base, Kind kind) {
  TypeObject* t = heap().make<TypeObject>(intern(name), base, kind, true);
  // Every built-in type has a __doc__ in its dict, as CPython's do (None
  // where coil keeps no doc string), so that an instance's __doc__ is its
  // type's. The four made before str get theirs in init_builtin_getsets.
  if (types().str) t->dict->set_str(COIL_NAME("__doc__"), make_none());
  return t;
}

NativeFunction* new_native(const char* name, NativeFn fn, Value self) {
  return heap().make<NativeFunction>(name, fn, self);
}

void add_classmethod(TypeObject* t, const char* name, NativeFn fn) {
  NativeFunction* f = new_native(name, fn);
  f->owner = t;
  t->dict->set_str(intern(name), make_obj(heap().make<ClassMethod>(make_obj(f))));
}

void add_method(TypeObject* t, const char* name, NativeFn fn) {
  NativeFunction* f = new_native(name, fn);
  f->owner = t;
  f->is_method = true;
  t->dict->set_str(intern(name), make_obj(f));
  // A native dunder on a type other than object (whose slots are the
  // defaults) becomes the slot: BaseException.__repr__, Future.__repr__.
  if (t->base) use_dunder_slot(t, name);
}


void init_types() {
  BuiltinTypes& t = types();
  // `type` and `object` refer to each other: make both, then patch.
  t.type = nullptr;
  t.object = new_builtin_type("object", nullptr, Kind::Instance);
  t.type = new_builtin_type("type", t.object, Kind::Type);
  t.object->type = t.type;
  t.type->type = t.type;
  // The dicts made before `dict` existed have a null type; patch them too.
  t.dict = new_builtin_type("dict", t.object, Kind::Dict);
  for (TypeObject* x : {t.object, t.type, t.dict}) x->dict->type = t.dict;
  t.str = new_builtin_type("str", t.object, Kind::Str);
  // Strings interned before `str` existed.
  for (TypeObject* x : {t.object, t.type, t.dict, t.str}) x->name->type = t.str;
  auto mk = [&](const char* n, Kind k, TypeObject* base = nullptr) {
    return new_builtin_type(n, base ? base : t.object, k);
  };
  t.none = mk("NoneType", Kind::Instance);
  t.notimpl = mk("NotImplementedType", Kind::Instance);
  t.ellipsis = mk("ellipsis", Kind::Instance);
  t.int_ = mk("int", Kind::BigInt);
  t.bool_ = mk("bool", Kind::BigInt, t.int_);
  t.float_ = mk("float", Kind::BoxedFloat);  // plain floats are unboxed; subclass instances are boxed
  t.complex_ = mk("complex", Kind::Complex);
  t.bytes = mk("bytes", Kind::Bytes);
  t.bytearray = mk("bytearray", Kind::ByteArray);
  t.memoryview = mk("memoryview", Kind::MemoryView);
  t.list = mk("list", Kind::List);
  t.tuple = mk("tuple", Kind::Tuple);
  t.set = mk("set", Kind::Set);
  t.frozenset = mk("frozenset", Kind::FrozenSet);
  t.range = mk("range", Kind::Range);
  t.slice = mk("slice", Kind::Slice);
  t.function = mk("function", Kind::Function);
  t.builtin_function = mk("builtin_function_or_method", Kind::NativeFunction);
  t.method = mk("method", Kind::BoundMethod);
  t.cell = mk("cell", Kind::Cell);
  t.code = mk("code", Kind::Code);
  t.module = mk("module", Kind::Module);
  t.generator = mk("generator", Kind::Generator);
  t.coroutine = mk("coroutine", Kind::Generator);
  t.async_generator = mk("async_generator", Kind::Generator);
  t.property = mk("property", Kind::Property);
  t.staticmethod = mk("staticmethod", Kind::StaticMethod);
  t.classmethod = mk("classmethod", Kind::ClassMethod);
  t.iterator = mk("iterator", Kind::Iterator);
  t.dict_keys = mk("dict_keys", Kind::Iterator);
  t.dict_values = mk("dict_values", Kind::Iterator);
  t.dict_items = mk("dict_items", Kind::Iterator);
  t.enumerate = mk("enumerate", Kind::Iterator);
  t.zip = mk("zip", Kind::Iterator);
  t.map = mk("map", Kind::Iterator);
  t.filter = mk("filter", Kind::Iterator);
  t.reversed = mk("reversed", Kind::Iterator);
  t.native = mk("native", Kind::Native);
  t.member_descriptor = mk("member_descriptor", Kind::GetSet);
  t.getset_descriptor = mk("getset_descriptor", Kind::GetSet);
  t.object->instances_have_dict = false;
  // The built-in types that sequence and mapping patterns accept (str,
  // bytes and bytearray are deliberately not sequences there; memoryview
  // is), and those whose class pattern matches its one positional
  // sub-pattern against the subject.
  for (TypeObject* x : {t.list, t.tuple, t.range, t.memoryview}) x->pattern_flags |= kPatternSequence;
  t.dict->pattern_flags |= kPatternMapping;
  for (TypeObject* x :
       {t.bool_, t.bytes, t.bytearray, t.dict, t.float_, t.frozenset, t.int_, t.list, t.set, t.str, t.tuple})
    x->pattern_flags |= kPatternMatchSelf;
  // Indexed by IterKind (runtime/misc.h), in its order.
  const char* iterator_names[] = {
      "list_iterator", "tuple_iterator", "str_iterator", "range_iterator", "longrange_iterator",
      "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "set_iterator", nullptr,
      nullptr, nullptr, nullptr, nullptr, "iterator", "callable_iterator", "bytes_iterator", "memory_iterator"};
  static_assert(sizeof(iterator_names) / sizeof(iterator_names[0]) == sizeof(t.iterators) / sizeof(t.iterators[0]));
  static_assert(static_cast<int>(IterKind::MemoryView) == 17 && static_cast<int>(IterKind::SeqGetItem) == 14);
  TypeObject* own[] = {t.enumerate, t.zip, t.map, t.filter, t.reversed};
  for (int k = 0; k < 18; ++k)
    t.iterators[k] = iterator_names[k] ? mk(iterator_names[k], Kind::Iterator) : own[k - static_cast<int>(IterKind::Enumerate)];
  t.bytearray_iterator = mk("bytearray_iterator", Kind::Iterator);
  t.str_ascii_iterator = mk("str_ascii_iterator", Kind::Iterator);
  t.list_reverseiterator = mk("list_reverseiterator", Kind::Iterator);
  t.dict_reversekeyiterator = mk("dict_reversekeyiterator", Kind::Iterator);
  t.dict_reversevalueiterator = mk("dict_reversevalueiterator", Kind::Iterator);
  t.dict_reverseitemiterator = mk("dict_reverseitemiterator", Kind::Iterator);
  init_builtin_slots();
}

TypeObject* iterator_type(IterKind k, Value src) {
  if (k == IterKind::Str && src.is_obj() && src.o->kind == Kind::Str && static_cast<Str*>(src.o)->ascii)
    return types().str_ascii_iterator;
  if (k == IterKind::Bytes && src.is_obj() && src.o->kind == Kind::ByteArray) return types().bytearray_iterator;
  return types().iterators[static_cast<int>(k)];
}

}  // namespace coil::rt
