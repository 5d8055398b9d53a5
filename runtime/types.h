// Type objects (classes), instances of user classes, and the registry of the
// built-in types.
#pragma once
#include <string>
#include <vector>

#include "runtime/instance_attrs.h"
#include "runtime/object.h"
#include "runtime/slots.h"

namespace coil::rt {

struct Dict;
struct NativeFunction;
struct Str;
struct Tuple;

// Arguments of a call as natives see them: positional values followed by the
// values of keyword arguments whose names are in kwnames (null if none). The
// values live on the VM stack (or in a caller-owned array) for the call only.
struct Args {
  Value* v;
  int n;                    // positional count
  Tuple* kwnames = nullptr;
  // The native being called (null when a native is called directly from
  // C++): slot methods read the type they belong to from it.
  NativeFunction* callee = nullptr;
  int nkw() const;
  Value kw(int i) const { return v[n + i]; }
  // The value of keyword `name`, or Undef.
  Value kwarg(const char* name) const;
};
using NativeFn = Value (*)(Args& a);

// Whether a class statement may name a type as a base (CPython's
// Py_TPFLAGS_BASETYPE). NotYet: a built-in that coil cannot subclass yet.
enum class Subclassing : uint8_t { Allowed, Final, NotYet };
// How the match statement treats instances of a type (CPython's
// Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING and _Py_TPFLAGS_MATCH_SELF).
enum PatternFlags : uint8_t {
  kPatternSequence = 1,   // sequence patterns [a, b] accept it
  kPatternMapping = 2,    // mapping patterns {k: v} accept it
  kPatternMatchSelf = 4,  // without __match_args__, C(x) matches x against the subject itself
};

struct TypeObject : Object {
  Str* name;
  TypeObject* base;             // null only for `object`
  std::vector<TypeObject*> bases;
  std::vector<TypeObject*> mro; // this type first
  Dict* dict;                   // attributes: methods, class variables
  Str* module = nullptr;        // __module__ for repr; null means builtins
  Str* qualname = nullptr;      // __qualname__ of a class statement; null: name
  Kind instance_kind;           // layout of instances (Instance for user classes)
  bool is_builtin;
  // Constructor of a built-in type: called with the type as self (a.v[-1]
  // is not available; the type is passed as the first positional argument).
  NativeFn ctor = nullptr;
  // For a built-in whose __init__ fills its instances (list, dict, property,
  // asyncio.Queue): makes an empty one, so that __new__ ignores the
  // arguments and a subclass's __init__ may take others
  // (runtime/subclass.h). Null: __new__ builds from the arguments (ctor).
  NativeFn new_empty = nullptr;
  // Bumped whenever this class's or a base's dict changes (method caches).
  uint32_t version = 1;
  // Instances have a __dict__: false for a class whose __slots__ (and its
  // bases') leave it out (Instance::dict then stays empty).
  bool instances_have_dict = true;
  // Instances have a slot for weak references that the class gave them
  // (CPython's tp_weaklistoffset): a subclass does not add __weakref__.
  bool instances_have_weakref = false;
  // __abstractmethods__ is set and not empty: object.__new__ refuses.
  bool is_abstract = false;
  // Error messages name instances' type with its module ("'_io.FileIO'
  // object has no attribute 'x'"), as CPython's tp_name does for the types
  // it writes in C outside builtins.
  bool qualified_tp_name = false;
  // class_init_for_call's answer while class_epoch is init_for_call_epoch
  // (runtime/class.cpp): instantiation looks nothing up in the common case.
  Value init_for_call;
  uint64_t init_for_call_epoch = ~uint64_t{0};
  Subclassing subclassing;
  // CPython's tp_name when it is not the bare name: a native type that
  // CPython defines in C under a module ("re.Pattern"), whose messages name
  // it so ("'re.Pattern' object has no attribute 'x'"). Null: the name.
  const char* tp_name = nullptr;
  // Weak references to the classes that name this one as a base, oldest
  // first (type.__subclasses__; CPython's tp_subclasses).
  std::vector<Value> subclass_refs;
  // PatternFlags, inherited from the base.
  uint8_t pattern_flags = 0;
  // The behaviour of instances (runtime/slots.h): a copy of the base's, or
  // for a class defined in Python, wrappers that call its dunders.
  TypeSlots slots;

  TypeObject(Str* name, TypeObject* base, Kind instance_kind, bool builtin);
  void trace(Tracer& t) override;
  size_t heap_size() const override { return sizeof(TypeObject); }
  // Looks `name` up along the MRO; Undef if absent.
  Value lookup(Str* name) const;
  bool is_subtype(const TypeObject* other) const;
  void compute_mro();
};

// An instance of a user-defined class.
// Also the base of Exception, whose kind is Kind::Exception.
struct Instance : Object, InstanceAttrs {
  explicit Instance(TypeObject* cls, Kind kind = Kind::Instance);
  void trace(Tracer& t) override;
  size_t heap_size() const override { return sizeof(Instance); }
};
// The attributes of v, or null if v has none (a plain built-in object).
// Instances of classes defined in Python carry them in their layout;
// instances of Python subclasses of built-ins in the side table.
inline InstanceAttrs* instance_attrs(Value v) {
  if (!v.is_obj()) return nullptr;
  Object* o = v.o;
  if (o->kind == Kind::Instance || o->kind == Kind::Exception) return static_cast<Instance*>(o);
  return o->has_side_attrs ? side_attrs(o) : nullptr;
}


enum class IterKind : uint8_t;  // runtime/misc.h

// The built-in types, created once at start-up. Only type pointers: the
// collector walks the struct as an array (runtime/vm.cpp).
struct BuiltinTypes {
  TypeObject *object, *type, *none, *notimpl, *ellipsis, *bool_, *int_, *float_, *complex_,
      *str, *bytes, *bytearray, *memoryview, *list, *tuple, *dict, *set, *frozenset, *range, *slice,
      *function, *builtin_function, *method, *cell, *code, *module, *generator,
      *coroutine, *async_generator, *property, *staticmethod, *classmethod,
      *iterator, *dict_keys, *dict_values, *dict_items, *enumerate, *zip, *map,
      *filter, *reversed, *native, *member_descriptor, *getset_descriptor;
  // The iterator types, one per IterKind as CPython names them
  // (list_iterator, dict_keyiterator, ...); see iterator_type().
  TypeObject* iterators[18];
  TypeObject *bytearray_iterator, *str_ascii_iterator, *list_reverseiterator, *dict_reversekeyiterator,
      *dict_reversevalueiterator, *dict_reverseitemiterator;
};
// Inline, as type_of below: every slot dispatch starts with them.
extern BuiltinTypes g_builtin_types;
inline BuiltinTypes& types() { return g_builtin_types; }
void init_types();

// How CPython's tp_name names t in messages: tp_name when set ("re.Pattern"),
// module.name for a qualified_tp_name type ("_io.StringIO"), else the name.
std::string tp_name_of(const TypeObject* t);

inline TypeObject* type_of(Value v) {
  if (__builtin_expect(v.tag == Tag::Obj, 1)) return v.o->type;
  BuiltinTypes& t = types();
  switch (v.tag) {
    case Tag::Bool: return t.bool_;
    case Tag::Int: return t.int_;
    case Tag::Float: return t.float_;
    default: return t.none;  // None (and Undef, which no program sees)
  }
}
// The type of a fresh iterator of kind k over src: str_ascii_iterator for
// an ASCII str, as CPython.
TypeObject* iterator_type(IterKind k, Value src);
// A new built-in type with the given name, base and instance layout.
TypeObject* new_builtin_type(const char* name, TypeObject* base, Kind kind);
// Adds a native method to a built-in type.
void add_method(TypeObject* t, const char* name, NativeFn fn);
// A native classmethod (dict.fromkeys, int.from_bytes) named "T.name".
void add_classmethod(TypeObject* t, const char* name, NativeFn fn);
// C3 linearisation; throws TypeError if the bases are inconsistent.
std::vector<TypeObject*> c3_mro(TypeObject* t);

}  // namespace coil::rt
