// dict: an insertion-ordered hash table (CPython's compact layout).
//
// `entries` keeps key/value pairs in insertion order; deleted entries keep
// their place with an Undef key until the next resize compacts them. `index`
// is an open-addressed table of positions into `entries`.
#pragma once
#include <cstdint>
#include <vector>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

struct Str;

struct DictEntry {
  Value key;   // Undef marks a deleted entry
  Value value;
  int64_t hash;
};

struct Dict : Object {
  // Up to this many entries a dict keeps no index table and looks keys up
  // by scanning (instance dicts are usually this small).
  static constexpr size_t kSmallDict = 8;
  std::vector<DictEntry> entries;
  std::vector<int32_t> index;  // -1 empty, -2 deleted (tombstone), else entry
  int64_t used = 0;            // live entries
  uint32_t version = 0;        // bumped on every insert/delete (iteration checks)

  Dict() : Object(Kind::Dict, types().dict) {}
  void trace(Tracer& t) override;
  size_t heap_size() const override;

  // Lookups hash and compare with the script's __hash__/__eq__; they may
  // call back into script code and may throw.
  Value get(Value key) const;                // Undef if missing
  bool contains(Value key) const { return !get(key).is_undef(); }
  void set(Value key, Value value);
  bool remove(Value key, Value* old = nullptr);  // false if missing
  // Fast paths for string keys (identifiers, attribute names).
  Value get_str(Str* key) const;
  void set_str(Str* key, Value value);
  // set_str that returns the value it replaced (Undef for a new key).
  Value exchange_str(Str* key, Value value);
  void clear();
  int64_t size() const { return used; }

  // Position of the entry for key, or -1.
  int64_t find(Value key, int64_t hash) const;

 private:
  void insert_new(Value key, Value value, int64_t hash);
  void resize(size_t min_entries);
};

Dict* new_dict();

}  // namespace coil::rt
