// Attributes that a built-in type computes rather than stores in a dict
// (function.__code__, type.__mro__, BaseException.args, int.real): each is a
// data descriptor in its type's dict, declared in a static table, as
// CPython's PyGetSetDef and PyMemberDef are. Attribute lookup finds them
// through the MRO like any other class attribute, so `FunctionType.__code__`
// is the descriptor itself and a subclass inherits them.
//
//   Value func_code(Value self) { return make_obj(as<Function>(self)->code); }
//   const GetSetDef kFunctionGetSets[] = {{"__code__", func_code, func_set_code}, ...};
//   add_getsets(types().function, kFunctionGetSets);
//
// The getter and setter receive only instances with the owner's layout; the
// descriptor checks that first, with CPython's message.
#pragma once
#include <cstddef>

#include "runtime/types.h"

namespace coil::rt {

using Getter = Value (*)(Value self);
// `value` is Undef for `del obj.name`.
using Setter = void (*)(Value self, Value value);

struct GetSetDef {
  const char* name;
  Getter get;
  Setter set = nullptr;  // null: read-only ("readonly attribute")
  // Shown as a member_descriptor (`<member 'x' of 'T' objects>`), as CPython
  // shows what it declares in a PyMemberDef; else a getset_descriptor.
  bool member = false;
  const char* doc = nullptr;
};

struct GetSetDescriptor : Object {
  // A static table's entry; null for a member named in a class's __slots__,
  // whose value lives in the instance's slot_values (runtime/instance_attrs.h).
  const GetSetDef* def;
  TypeObject* owner;  // whose layout instances must have
  Str* name;
  GetSetDescriptor(const GetSetDef* def, TypeObject* owner, Str* name);
  void trace(Tracer& t) override;
  bool is_member() const { return !def || def->member; }
};

// The descriptor of a static table's entry for owner's instances.
Value new_getset(const GetSetDef& def, TypeObject* owner);
// Adds a descriptor for each entry of a static table to t's dict.
void add_getset_def(TypeObject* t, const GetSetDef& def);
template <size_t N>
void add_getsets(TypeObject* t, const GetSetDef (&defs)[N]) {
  for (const GetSetDef& d : defs) add_getset_def(t, d);
}

// The __dict__ and __weakref__ descriptors that a class gives its
// instances (CPython's subtype_getsets), over their InstanceAttrs.
extern const GetSetDef kInstanceDictGetSet, kInstanceWeakrefGetSet;

// The member descriptor of a name in cls's __slots__.
Value new_slot_member(TypeObject* cls, Str* name);

// The descriptor protocol of a GetSetDescriptor `d` on `obj`: __get__,
// __set__ and __delete__ (value Undef).
Value getset_get(Value d, Value obj);
void getset_set(Value d, Value obj, Value value);

// The methods and repr of getset_descriptor and member_descriptor.
void init_descriptor_types();
std::string getset_descriptor_repr(Value self);

}  // namespace coil::rt
