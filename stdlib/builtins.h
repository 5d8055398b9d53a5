// The builtins module's functions (stdlib/builtins.cpp) and the lazy
// iterators they create.
#pragma once
#include "runtime/misc.h"
#include "runtime/object.h"

namespace coil::rt {

struct Dict;

// Registers the builtin functions and types into the builtins dict.
void init_builtins(Dict* builtins);

// next() for the iterators made by enumerate, zip, map, filter, reversed and
// iter(callable, sentinel): IterKind Enumerate, Zip, Map, Filter, Reversed,
// Callable. Returns Undef when exhausted. May call script code.
//
// Layouts: Enumerate: src = the underlying iterator, pos = next count.
// Zip: src = tuple of iterators, strict. Map: src = tuple of iterators,
// fn = the function. Filter: src = iterator, fn = predicate (None: truth).
// Reversed: src = list / tuple / object with __len__+__getitem__, pos = next
// index (counts down). Callable: src = the callable, fn = the sentinel.
Value builtin_iterator_next(Iterator* it);

// isinstance() and issubclass() as CPython decides them: cls may be a
// class, a tuple of them, or anything with an __instancecheck__ /
// __subclasscheck__ (a union, an ABC).
bool object_isinstance(Value inst, Value cls);
bool object_issubclass(Value derived, Value cls);

// anext(it, default): runtime/async_generator.cpp.
Value anext_with_default(Value awaitable, Value dflt);

}  // namespace coil::rt
