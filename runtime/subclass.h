// Python subclasses of built-in types (`class Stack(list)`, `class Code(int)`).
//
// An instance of such a class has the built-in's C++ layout, so every native
// of the built-in works on it as on the built-in itself; its class and its
// attributes come from runtime/instance_attrs.h. The built-in's `__new__`
// makes the object (empty for the mutable containers, whose `__init__` then
// fills it; from the arguments for the immutable types), as in CPython.
#pragma once
#include <string>
#include <vector>

#include "runtime/types.h"

namespace coil::rt {

// The layout that instances of a class with these bases have (Instance,
// Exception, or a built-in's Kind). Raises CPython's TypeError for a base
// that cannot be subclassed ("type 'bool' is not an acceptable base type")
// or for bases whose layouts conflict, and NotImplementedError for a
// built-in that coil cannot subclass yet.
Kind subclass_layout(const std::vector<TypeObject*>& bases);

// The built-in type whose layout instances of cls have, for a class whose
// layout is a built-in's (not Instance or Exception); else null.
TypeObject* layout_builtin(TypeObject* cls);

// The class named in "X.__new__(C) is not safe, use Y.__new__()": the
// first class from cls up whose __new__ is not defined in Python.
std::string new_owner_name(TypeObject* cls);

// Registers `__new__` (and `__init__` for list, dict and set) on the
// built-in types that can be subclassed and marks which cannot. Called once
// at start-up, after the built-in types have their constructors.
void init_builtin_subclassing();

// Lets Python classes subclass the built-in type t: its `__new__` makes the
// object and gives it the subclass. With new_empty (TypeObject::new_empty)
// the object starts empty and `init`, registered as t's `__init__`, fills
// it from the arguments (list, asyncio.Queue); without, t's constructor
// builds it from the arguments (int, str, types.GenericAlias).
void allow_builtin_subclassing(TypeObject* t, NativeFn new_empty = nullptr, NativeFn init = nullptr);

}  // namespace coil::rt
