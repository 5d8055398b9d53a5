#include "runtime/dict.h"

#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt {

Dict* new_dict() { return heap().make<Dict>(); }

void Dict::trace(Tracer& t) {
  for (auto& e : entries) {
    t.mark(e.key);
    t.mark(e.value);
  }
}

size_t Dict::heap_size() const {
  return sizeof(Dict) + entries.capacity() * sizeof(DictEntry) + index.capacity() * sizeof(int32_t);
}

static inline bool keys_match(const Value& stored, const Value& key) {
  if (stored.identical(key)) return true;
  if (is_exact(stored, Kind::Str) && is_exact(key, Kind::Str))
    return str_equal(static_cast<Str*>(stored.o), static_cast<Str*>(key.o));
  return values_equal(stored, key);
}

int64_t Dict::find(Value key, int64_t hash) const {
  if (index.empty()) {
    // Small dicts (most instance dicts) have no index: a short scan.
    for (size_t i = 0; i < entries.size(); ++i) {
      const DictEntry& e = entries[i];
      if (e.hash == hash && !e.key.is_undef() && keys_match(e.key, key)) return static_cast<int64_t>(i);
    }
    return -1;
  }
  size_t mask = index.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    int32_t ix = index[i];
    if (ix == -1) return -1;
    if (ix >= 0) {
      const DictEntry& e = entries[ix];
      if (e.hash == hash && keys_match(e.key, key)) return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value Dict::get(Value key) const {
  int64_t ix = find(key, hash_value(key));
  return ix < 0 ? Value() : entries[ix].value;
}

Value Dict::get_str(Str* key) const {
  if (index.empty()) {
    for (const DictEntry& e : entries)
      if (e.key.is_obj() && e.key.o == key) return e.value;
    int64_t hash = key->hash();
    for (const DictEntry& e : entries)
      if (e.hash == hash && !e.key.is_undef() && keys_match(e.key, make_obj(key))) return e.value;
    return Value();
  }
  int64_t hash = key->hash();
  size_t mask = index.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    int32_t ix = index[i];
    if (ix == -1) return Value();
    if (ix >= 0) {
      const DictEntry& e = entries[ix];
      if (e.key.is_obj() && e.key.o == key) return e.value;
      if (e.hash == hash && keys_match(e.key, make_obj(key))) return e.value;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void Dict::set_str(Str* key, Value value) { set(make_obj(key), value); }

Value Dict::exchange_str(Str* key, Value value) {
  Value k = make_obj(key);
  int64_t hash = hash_value(k);
  int64_t ix = find(k, hash);
  if (ix >= 0) {
    Value old = entries[ix].value;
    entries[ix].value = value;
    return old;
  }
  insert_new(k, value, hash);
  return Value();
}

void Dict::set(Value key, Value value) {
  int64_t hash = hash_value(key);
  int64_t ix = find(key, hash);
  if (ix >= 0) {
    entries[ix].value = value;
    return;
  }
  insert_new(key, value, hash);
}

void Dict::insert_new(Value key, Value value, int64_t hash) {
  if (index.empty() && entries.size() < kSmallDict) {
    if (entries.capacity() == 0) {
      entries.reserve(4);
      heap().note_alloc(4 * sizeof(DictEntry));
    }
    size_t before = entries.capacity();
    entries.push_back({key, value, hash});
    if (entries.capacity() != before) heap().note_alloc((entries.capacity() - before) * sizeof(DictEntry));
    ++used;
    ++version;
    return;
  }
  if ((entries.size() + 1) * 3 > index.size() * 2) resize(used + 1);
  size_t mask = index.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  while (index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  size_t before = entries.capacity();
  index[i] = static_cast<int32_t>(entries.size());
  entries.push_back({key, value, hash});
  if (entries.capacity() != before) heap().note_alloc((entries.capacity() - before) * sizeof(DictEntry));
  ++used;
  ++version;
}

void Dict::resize(size_t min_entries) {
  // Compact out deleted entries, then size the index for 2/3 load.
  if (static_cast<int64_t>(entries.size()) != used) {
    size_t w = 0;
    for (size_t r = 0; r < entries.size(); ++r)
      if (!entries[r].key.is_undef()) entries[w++] = entries[r];
    entries.resize(w);
  }
  size_t n = 8;
  while (n * 2 < min_entries * 3) n <<= 1;
  index.assign(n, -1);
  size_t mask = n - 1;
  for (size_t k = 0; k < entries.size(); ++k) {
    uint64_t perturb = static_cast<uint64_t>(entries[k].hash);
    size_t i = static_cast<size_t>(entries[k].hash) & mask;
    while (index[i] != -1) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = static_cast<int32_t>(k);
  }
  heap().note_alloc(n * sizeof(int32_t));
}

bool Dict::remove(Value key, Value* old) {
  int64_t hash = hash_value(key);
  if (index.empty()) {
    int64_t ix = find(key, hash);
    if (ix < 0) return false;
    DictEntry& e = entries[ix];
    if (old) *old = e.value;
    e.key = Value();
    e.value = Value();
    --used;
    ++version;
    if (used == 0) clear();
    return true;
  }
  size_t mask = index.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    int32_t ix = index[i];
    if (ix == -1) return false;
    if (ix >= 0) {
      DictEntry& e = entries[ix];
      if (e.hash == hash && keys_match(e.key, key)) {
        if (old) *old = e.value;
        index[i] = -2;
        e.key = Value();
        e.value = Value();
        --used;
        ++version;
        if (used == 0) clear();
        return true;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void Dict::clear() {
  entries.clear();
  index.clear();
  used = 0;
  ++version;
}

}  // namespace coil::rt
