// set and frozenset: open-addressed hash tables laid out like CPython's
// setobject.c (same probing and resizing), so iteration order of small ints
// matches what CPython prints.
#pragma once
#include <vector>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

struct SetEntry {
  Value key;        // Undef: empty slot
  int64_t hash = 0;
  bool dummy = false;  // deleted slot (key is Undef)
};

struct Set : Object {
  std::vector<SetEntry> table;  // size is a power of two (>= 8) or 0
  int64_t used = 0;             // live keys
  int64_t fill = 0;             // live + dummy
  uint32_t version = 0;

  explicit Set(bool frozen = false)
      : Object(frozen ? Kind::FrozenSet : Kind::Set, frozen ? types().frozenset : types().set) {}
  void trace(Tracer& t) override;
  size_t heap_size() const override { return sizeof(Set) + table.capacity() * sizeof(SetEntry); }

  // May call script __hash__/__eq__.
  bool add(Value key);          // false if already present
  bool contains(Value key) const;
  bool discard(Value key);      // false if absent
  void clear();
  int64_t size() const { return used; }
  // Iteration in table order: for (auto& e : table) if (!e.key.is_undef()) ...
};

Set* new_set();
Set* new_frozenset();

}  // namespace coil::rt
