// Slots: the behaviour of a type's instances as a table of functions on the
// type (docs/adr/006-types-as-slot-tables.md). Generic operations
// (runtime/ops.h: repr, str, hash_value, ...) dispatch through them.
//
// A new type starts with a copy of its base's slots. A class defined in
// Python gets wrappers that look the matching dunder up through the method
// cache and call it, so assigning a dunder to a class later needs no update;
// a built-in type that defines a dunder as a native method (BaseException's
// __repr__, Future's __repr__) gets the same wrappers from add_method.
#pragma once
#include <cstdint>
#include <string>

#include "runtime/value.h"

namespace coil::rt {

struct TypeObject;

struct TypeSlots {
  std::string (*repr)(Value self) = nullptr;  // repr(); never null once types exist
  std::string (*str)(Value self) = nullptr;   // str(); object's calls repr
  int64_t (*hash)(Value self) = nullptr;      // hash(); raises for unhashable types
};

// Fills the slots of every built-in type (runtime/types.h) and `object`'s
// defaults; called once, after the built-in types exist.
void init_builtin_slots();
// Gives t the wrappers that call dunders, for every slot (a class defined in
// Python).
void use_dunder_slots(TypeObject* t);
// Gives t the wrapper for the slot that the dunder `name` implements, if it
// is one (add_method calls this for natives' dunders).
void use_dunder_slot(TypeObject* t, const char* name);

// object's slots: the defaults every type inherits.
std::string object_repr_slot(Value self);  // <mod.T object at 0x...>
int64_t object_hash_slot(Value self);      // by identity
[[noreturn]] void raise_unhashable(Value self);

}  // namespace coil::rt
