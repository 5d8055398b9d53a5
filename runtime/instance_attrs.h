// The per-instance attributes of objects whose class was defined in Python:
// the instance __dict__ and the values of __slots__ members.
//
// An Instance (and Exception) carries them in its layout. An instance of a
// Python subclass of a built-in (`class Stack(list)`) has the built-in's
// layout, so that every native of the built-in works on it unchanged; its
// attributes live in a side table keyed by the object, flagged by
// Object::has_side_attrs. Such instances are rare, so the built-in layouts
// stay as small as they are.
#pragma once
#include "runtime/object.h"

namespace coil::rt {

struct Dict;

struct InstanceAttrs {
  // Null for a side-table instance whose class has no __dict__ (__slots__).
  Dict* dict = nullptr;
  // The values of __slots__ members, by name; null until one is set.
  Dict* slot_values = nullptr;
};

// The attributes of v, or null if v has none: instance_attrs (inline in
// runtime/types.h, after Instance). Those of an object in the side table:
InstanceAttrs* side_attrs(Object* o);

// Makes o, a fresh object of a built-in layout, an instance of cls (a class
// defined in Python whose layout is o's): o->type becomes cls and o gains a
// side-table entry, with a __dict__ if cls's instances have one.
void adopt_into_class(Object* o, TypeObject* cls);

// For the collector: trace_side_attrs (object.h) marks an entry and the
// class; forget_side_attrs drops the entry of an object being freed.
void forget_side_attrs(Object* o);

}  // namespace coil::rt
