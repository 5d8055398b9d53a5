// set and frozenset, laid out like CPython 3.11's Objects/setobject.c: the
// same table sizes, linear probing then perturbation, resize policy and the
// same algorithms for the set operations, so iteration order (for ints, whose
// hashes match CPython's) is identical to CPython's.
#include "runtime/set.h"

#include <string>
#include <iterator>
#include <string_view>
#include <vector>

#include "parser/ast.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/ops.h"
#include "runtime/set_ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

inline bool slot_empty(const SetEntry& e) { return e.key.is_undef() && !e.dummy; }
inline bool slot_active(const SetEntry& e) { return !e.key.is_undef(); }

// Equality of a stored key and a probe key with equal hashes.
bool keys_equal(Value stored, Value key) {
  if (stored.identical(key)) return true;
  if (is_exact(stored, Kind::Str) && is_exact(key, Kind::Str))
    return str_equal(static_cast<Str*>(stored.o), static_cast<Str*>(key.o));
  if (stored.is_int() && key.is_int()) return false;
  return values_equal(stored, key);
}

void insert_clean(std::vector<SetEntry>& table, Value key, int64_t hash) {
  size_t mask = table.size() - 1;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  SetEntry* entry;
  for (;;) {
    entry = &table[i];
    if (entry->key.is_undef()) goto found;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_undef()) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found:
  entry->key = key;
  entry->hash = hash;
  entry->dummy = false;
}

void table_resize(Set* so, int64_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= static_cast<size_t>(minused)) newsize <<= 1;
  std::vector<SetEntry> old;
  old.swap(so->table);
  so->table.assign(newsize, SetEntry{});
  heap().note_alloc(newsize * sizeof(SetEntry));
  so->fill = so->used;
  for (const SetEntry& e : old)
    if (slot_active(e)) insert_clean(so->table, e.key, e.hash);
  ++so->version;
}

void ensure_table(Set* so) {
  if (so->table.empty()) so->table.assign(kMinSize, SetEntry{});
}

// set_add_entry. Returns true if added.
bool add_entry(Set* so, Value key, int64_t hash) {
  ensure_table(so);
restart:
  size_t mask = so->table.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  int64_t freeslot = -1;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t idx = i;
    do {
      SetEntry& entry = so->table[idx];
      if (slot_empty(entry)) {
        if (freeslot >= 0) {
          SetEntry& f = so->table[freeslot];
          f.key = key;
          f.hash = hash;
          f.dummy = false;
          so->used++;
          ++so->version;
          return true;
        }
        so->fill++;
        so->used++;
        entry.key = key;
        entry.hash = hash;
        entry.dummy = false;
        ++so->version;
        if (static_cast<size_t>(so->fill) * 5 < mask * 3) return true;
        table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
        return true;
      }
      if (entry.dummy) {
        if (freeslot < 0) freeslot = static_cast<int64_t>(idx);
      } else if (entry.hash == hash) {
        Value startkey = entry.key;
        if (startkey.identical(key)) return false;
        uint32_t ver = so->version;
        size_t tsize = so->table.size();
        if (keys_equal(startkey, key)) return false;
        if (ver != so->version || tsize != so->table.size() || !so->table[idx].key.identical(startkey))
          goto restart;
      }
      ++idx;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_lookkey: index of the entry holding key, or -1.
int64_t lookup(const Set* so, Value key, int64_t hash) {
  if (so->table.empty()) return -1;
restart:
  size_t mask = so->table.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t idx = i;
    do {
      const SetEntry& entry = so->table[idx];
      if (slot_empty(entry)) return -1;
      if (!entry.dummy && entry.hash == hash) {
        Value startkey = entry.key;
        if (startkey.identical(key)) return static_cast<int64_t>(idx);
        uint32_t ver = so->version;
        size_t tsize = so->table.size();
        if (keys_equal(startkey, key)) return static_cast<int64_t>(idx);
        if (ver != so->version || tsize != so->table.size() || !so->table[idx].key.identical(startkey))
          goto restart;
      }
      ++idx;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool contains_entry(const Set* so, Value key, int64_t hash) { return lookup(so, key, hash) >= 0; }

bool discard_entry(Set* so, Value key, int64_t hash) {
  int64_t ix = lookup(so, key, hash);
  if (ix < 0) return false;
  SetEntry& e = so->table[ix];
  e.key = Value();
  e.hash = -1;
  e.dummy = true;
  so->used--;
  ++so->version;
  return true;
}

void clear_internal(Set* so) {
  so->table.clear();
  so->table.shrink_to_fit();
  so->used = 0;
  so->fill = 0;
  ++so->version;
}

// Snapshot of the active (key, hash) pairs of a set, in table order. Used
// when iterating a set while calling code that could mutate it.
struct KeyHash {
  Value key;
  int64_t hash;
};

void snapshot(const Set* s, std::vector<KeyHash>& out, RootedVector& roots) {
  for (const SetEntry& e : s->table)
    if (slot_active(e)) {
      out.push_back({e.key, e.hash});
      roots.push_back(e.key);
    }
}

Set* make_set(bool frozen) {
  Set* s = heap().make<Set>(frozen);
  return s;
}

Set* new_like(const Set* so) {
  Set* s = make_set(so->kind == Kind::FrozenSet);
  return s;
}

void set_merge(Set* so, Set* other) {
  if (other == so || other->used == 0) return;
  ensure_table(so);
  size_t mask = so->table.size() - 1;
  if (static_cast<size_t>(so->fill + other->used) * 5 >= mask * 3)
    table_resize(so, (so->used + other->used) * 2);
  mask = so->table.size() - 1;
  size_t omask = other->table.size() - 1;
  if (so->fill == 0 && mask == omask && other->fill == other->used) {
    for (size_t i = 0; i <= omask; ++i) {
      const SetEntry& oe = other->table[i];
      if (slot_active(oe)) {
        so->table[i].key = oe.key;
        so->table[i].hash = oe.hash;
        so->table[i].dummy = false;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    ++so->version;
    return;
  }
  if (so->fill == 0) {
    so->fill = other->used;
    so->used = other->used;
    for (const SetEntry& oe : other->table)
      if (slot_active(oe)) insert_clean(so->table, oe.key, oe.hash);
    ++so->version;
    return;
  }
  RootedVector roots;
  std::vector<KeyHash> items;
  snapshot(other, items, roots);
  for (const KeyHash& kh : items) add_entry(so, kh.key, kh.hash);
}

void update_internal(Set* so, Value other) {
  if (is_anyset(other)) {
    set_merge(so, as<Set>(other));
    return;
  }
  if (other.is_obj() && other.o->kind == Kind::Dict) {
    Dict* d = as<Dict>(other);
    ensure_table(so);
    int64_t dictsize = d->size();
    if (static_cast<size_t>(so->fill + dictsize) * 5 >= (so->table.size() - 1) * 3)
      table_resize(so, (so->used + dictsize) * 2);
    RootedVector roots;
    std::vector<KeyHash> items;
    for (const DictEntry& e : d->entries)
      if (!e.key.is_undef()) {
        items.push_back({e.key, e.hash});
        roots.push_back(e.key);
      }
    for (const KeyHash& kh : items) add_entry(so, kh.key, kh.hash);
    return;
  }
  Rooted it(get_iter(other));
  for (;;) {
    Value x = iter_next(it.get());
    if (x.is_undef()) break;
    Rooted rx(x);
    add_entry(so, x, hash_value(x));
  }
}

Set* set_copy(Set* so, bool frozen) {
  Set* r = make_set(frozen);
  Rooted keep(make_obj(r));
  update_internal(r, make_obj(so));
  return r;
}

// make_new_set_basetype(type(so), iterable)
Set* new_set_from(bool frozen, Value iterable) {
  Set* r = make_set(frozen);
  Rooted keep(make_obj(r));
  if (!iterable.is_undef()) update_internal(r, iterable);
  return r;
}

Set* set_intersection(Set* so, Value other) {
  Set* result = new_like(so);
  Rooted keep(make_obj(result));
  if (is_anyset(other)) {
    Set* o = as<Set>(other);
    Set* a = so;
    if (o->used > a->used) std::swap(a, o);
    RootedVector roots;
    std::vector<KeyHash> items;
    snapshot(o, items, roots);
    for (const KeyHash& kh : items)
      if (contains_entry(a, kh.key, kh.hash)) add_entry(result, kh.key, kh.hash);
    return result;
  }
  Rooted it(get_iter(other));
  for (;;) {
    Value x = iter_next(it.get());
    if (x.is_undef()) break;
    Rooted rx(x);
    int64_t h = hash_value(x);
    if (contains_entry(so, x, h)) add_entry(result, x, h);
  }
  return result;
}

void difference_update_internal(Set* so, Value other) {
  if (other.is_obj() && other.o == so) {
    clear_internal(so);
    return;
  }
  if (is_anyset(other)) {
    Rooted o(other);
    if ((as<Set>(other)->used >> 3) > so->used) o.set(make_obj(set_intersection(so, other)));
    RootedVector roots;
    std::vector<KeyHash> items;
    snapshot(as<Set>(o.get()), items, roots);
    for (const KeyHash& kh : items) discard_entry(so, kh.key, kh.hash);
  } else {
    Rooted it(get_iter(other));
    for (;;) {
      Value x = iter_next(it.get());
      if (x.is_undef()) break;
      Rooted rx(x);
      discard_entry(so, x, hash_value(x));
    }
  }
  if (so->table.empty()) return;
  if (static_cast<size_t>(so->fill - so->used) <= (so->table.size() - 1) / 4) return;
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Set* copy_and_difference(Set* so, Value other) {
  Set* r = set_copy(so, so->kind == Kind::FrozenSet);
  Rooted keep(make_obj(r));
  difference_update_internal(r, other);
  return r;
}

Set* set_difference(Set* so, Value other) {
  int64_t other_size;
  if (is_anyset(other)) other_size = as<Set>(other)->used;
  else if (other.is_obj() && other.o->kind == Kind::Dict) other_size = as<Dict>(other)->size();
  else return copy_and_difference(so, other);
  if ((so->used >> 2) > other_size) return copy_and_difference(so, other);
  Set* result = new_like(so);
  Rooted keep(make_obj(result));
  RootedVector roots;
  std::vector<KeyHash> items;
  snapshot(so, items, roots);
  if (other.o->kind == Kind::Dict) {
    Dict* d = as<Dict>(other);
    for (const KeyHash& kh : items)
      if (d->find(kh.key, kh.hash) < 0) add_entry(result, kh.key, kh.hash);
    return result;
  }
  Set* o = as<Set>(other);
  for (const KeyHash& kh : items)
    if (!contains_entry(o, kh.key, kh.hash)) add_entry(result, kh.key, kh.hash);
  return result;
}

void symmetric_difference_update(Set* so, Value other) {
  if (other.is_obj() && other.o == so) {
    clear_internal(so);
    return;
  }
  Rooted os(other);
  if (!is_anyset(other)) os.set(make_obj(new_set_from(so->kind == Kind::FrozenSet, other)));
  RootedVector roots;
  std::vector<KeyHash> items;
  snapshot(as<Set>(os.get()), items, roots);
  for (const KeyHash& kh : items)
    if (!discard_entry(so, kh.key, kh.hash)) add_entry(so, kh.key, kh.hash);
}

Set* set_symmetric_difference(Set* so, Value other) {
  Set* r = new_set_from(so->kind == Kind::FrozenSet, other);
  Rooted keep(make_obj(r));
  symmetric_difference_update(r, make_obj(so));
  return r;
}

bool set_issubset(Set* so, Set* other) {
  if (so->used > other->used) return false;
  RootedVector roots;
  std::vector<KeyHash> items;
  snapshot(so, items, roots);
  for (const KeyHash& kh : items)
    if (!contains_entry(other, kh.key, kh.hash)) return false;
  return true;
}

[[noreturn]] void key_error(Value key) {
  raise_value(make_obj(new_exception_args(exc_types().KeyError, {key})));
}

// ---- methods

Value m_add(Args& a) {
  Set* s = self_of<Set>(a);
  s->add(a.v[1]);
  return none();
}

Value m_remove(Args& a) {
  Set* s = self_of<Set>(a);
  if (!s->discard(a.v[1])) key_error(a.v[1]);
  return none();
}

Value m_discard(Args& a) {
  Set* s = self_of<Set>(a);
  s->discard(a.v[1]);
  return none();
}

Value m_pop(Args& a) {
  Set* s = self_of<Set>(a);
  if (s->used == 0) raise(exc_types().KeyError, "pop from an empty set");
  for (SetEntry& e : s->table) {
    if (slot_active(e)) {
      Value k = e.key;
      e.key = Value();
      e.hash = -1;
      e.dummy = true;
      s->used--;
      ++s->version;
      return k;
    }
  }
  raise(exc_types().KeyError, "pop from an empty set");
}

Value m_clear(Args& a) {
  clear_internal(self_of<Set>(a));
  return none();
}

Value m_copy(Args& a) {
  Set* s = self_of<Set>(a);
  if (s->kind == Kind::FrozenSet && s->type == types().frozenset) return a.v[0];
  return make_obj(set_copy(s, s->kind == Kind::FrozenSet));
}

Value m_update(Args& a) {
  Set* s = self_of<Set>(a);
  for (int i = 1; i < a.n; ++i) update_internal(s, a.v[i]);
  return none();
}

Value m_union(Args& a) {
  Set* s = self_of<Set>(a);
  Set* r = set_copy(s, s->kind == Kind::FrozenSet);
  Rooted keep(make_obj(r));
  for (int i = 1; i < a.n; ++i) update_internal(r, a.v[i]);
  return make_obj(r);
}

Value m_intersection(Args& a) {
  Set* s = self_of<Set>(a);
  if (a.n == 1) return make_obj(set_copy(s, s->kind == Kind::FrozenSet));
  Rooted result(a.v[0]);
  for (int i = 1; i < a.n; ++i) result.set(make_obj(set_intersection(as<Set>(result.get()), a.v[i])));
  return result.get();
}

Value m_intersection_update(Args& a) {
  Set* s = self_of<Set>(a);
  Rooted result(a.v[0]);
  for (int i = 1; i < a.n; ++i) result.set(make_obj(set_intersection(as<Set>(result.get()), a.v[i])));
  Set* r = as<Set>(result.get());
  if (r != s) {
    std::swap(s->table, r->table);
    std::swap(s->used, r->used);
    std::swap(s->fill, r->fill);
    ++s->version;
    ++r->version;
  }
  return none();
}

Value m_difference(Args& a) {
  Set* s = self_of<Set>(a);
  if (a.n == 1) return make_obj(set_copy(s, s->kind == Kind::FrozenSet));
  Set* r = set_difference(s, a.v[1]);
  Rooted keep(make_obj(r));
  for (int i = 2; i < a.n; ++i) difference_update_internal(r, a.v[i]);
  return make_obj(r);
}

Value m_difference_update(Args& a) {
  Set* s = self_of<Set>(a);
  for (int i = 1; i < a.n; ++i) difference_update_internal(s, a.v[i]);
  return none();
}

Value m_symmetric_difference(Args& a) {
  Set* s = self_of<Set>(a);
  return make_obj(set_symmetric_difference(s, a.v[1]));
}

Value m_symmetric_difference_update(Args& a) {
  symmetric_difference_update(self_of<Set>(a), a.v[1]);
  return none();
}

Value m_issubset(Args& a) {
  Set* s = self_of<Set>(a);
  if (is_anyset(a.v[1])) return make_bool(set_issubset(s, as<Set>(a.v[1])));
  Set* tmp = new_set_from(false, a.v[1]);
  Rooted keep(make_obj(tmp));
  return make_bool(set_issubset(s, tmp));
}

Value m_issuperset(Args& a) {
  Set* s = self_of<Set>(a);
  if (is_anyset(a.v[1])) return make_bool(set_issubset(as<Set>(a.v[1]), s));
  Rooted it(get_iter(a.v[1]));
  for (;;) {
    Value x = iter_next(it.get());
    if (x.is_undef()) break;
    Rooted rx(x);
    if (!contains_entry(s, x, hash_value(x))) return make_bool(false);
  }
  return make_bool(true);
}

Value m_isdisjoint(Args& a) {
  Set* s = self_of<Set>(a);
  Value other = a.v[1];
  if (other.is_obj() && other.o == s) return make_bool(s->used == 0);
  if (is_anyset(other)) {
    Set* big = s;
    Set* small = as<Set>(other);
    if (small->used > big->used) std::swap(big, small);
    RootedVector roots;
    std::vector<KeyHash> items;
    snapshot(small, items, roots);
    for (const KeyHash& kh : items)
      if (contains_entry(big, kh.key, kh.hash)) return make_bool(false);
    return make_bool(true);
  }
  Rooted it(get_iter(other));
  for (;;) {
    Value x = iter_next(it.get());
    if (x.is_undef()) break;
    Rooted rx(x);
    if (contains_entry(s, x, hash_value(x))) return make_bool(false);
  }
  return make_bool(true);
}




Value ctor_common(Args& a, bool frozen) {
  const char* name = frozen ? "frozenset" : "set";
  if (a.nkw()) raisef(exc_types().TypeError, "%s() takes no keyword arguments", name);
  if (a.n > 1) raisef(exc_types().TypeError, "%s expected at most 1 argument, got %d", name, a.n);
  if (frozen && a.n == 1 && a.v[0].is_obj() && a.v[0].o->type == types().frozenset) return a.v[0];
  return make_obj(new_set_from(frozen, a.n ? a.v[0] : Value()));
}

Value set_ctor(Args& a) { return ctor_common(a, false); }
Value frozenset_ctor(Args& a) { return ctor_common(a, true); }

}  // namespace

// ---- Set members

void Set::trace(Tracer& t) {
  for (const SetEntry& e : table) t.mark(e.key);
}

bool Set::add(Value key) {
  int64_t h = hash_value(key);
  return add_entry(this, key, h);
}

bool Set::contains(Value key) const {
  int64_t h = hash_value(key);
  return contains_entry(this, key, h);
}

bool Set::discard(Value key) {
  int64_t h = hash_value(key);
  return discard_entry(this, key, h);
}

void Set::clear() { clear_internal(this); }

Set* new_set() { return make_set(false); }
Set* new_frozenset() { return make_set(true); }

// ---- exported operators

Value set_binary(int op, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return Value();
  Set* sa = as<Set>(a);
  switch (static_cast<ast::BinOpKind>(op)) {
    case ast::BinOpKind::BitOr: {
      Set* r = set_copy(sa, sa->kind == Kind::FrozenSet);
      Rooted keep(make_obj(r));
      update_internal(r, b);
      return make_obj(r);
    }
    case ast::BinOpKind::BitAnd: return make_obj(set_intersection(sa, b));
    case ast::BinOpKind::Sub: return make_obj(set_difference(sa, b));
    case ast::BinOpKind::BitXor: return make_obj(set_symmetric_difference(sa, b));
    default: return Value();
  }
}

Value set_inplace(int op, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return Value();
  if (a.o->kind == Kind::FrozenSet) return set_binary(op, a, b);
  Set* sa = as<Set>(a);
  switch (static_cast<ast::BinOpKind>(op)) {
    case ast::BinOpKind::BitOr: update_internal(sa, b); return a;
    case ast::BinOpKind::BitAnd: {
      Set* r = set_intersection(sa, b);
      std::swap(sa->table, r->table);
      std::swap(sa->used, r->used);
      std::swap(sa->fill, r->fill);
      ++sa->version;
      ++r->version;
      return a;
    }
    case ast::BinOpKind::Sub: difference_update_internal(sa, b); return a;
    case ast::BinOpKind::BitXor: symmetric_difference_update(sa, b); return a;
    default: return Value();
  }
}

bool set_equal(Set* a, Set* b) {
  if (a == b) return true;
  if (a->used != b->used) return false;
  return set_issubset(a, b);
}

int set_compare(int op, Set* a, Set* b) {
  switch (static_cast<ast::CmpOpKind>(op)) {
    case ast::CmpOpKind::Eq: return set_equal(a, b);
    case ast::CmpOpKind::NotEq: return !set_equal(a, b);
    case ast::CmpOpKind::LtE: return set_issubset(a, b);
    case ast::CmpOpKind::GtE: return set_issubset(b, a);
    case ast::CmpOpKind::Lt: return a->used < b->used && set_issubset(a, b);
    case ast::CmpOpKind::Gt: return a->used > b->used && set_issubset(b, a);
    default: return 0;
  }
}

namespace {
std::vector<Set*>& repr_stack() {
  static std::vector<Set*> s;
  return s;
}
}  // namespace

std::string set_repr(Set* s) {
  bool frozen = s->kind == Kind::FrozenSet;
  bool exact = s->type == (frozen ? types().frozenset : types().set);
  const std::string& tname = s->type->name->s;
  for (Set* p : repr_stack())
    if (p == s) return tname + "(...)";
  if (s->used == 0) return tname + "()";
  repr_stack().push_back(s);
  std::string out;
  try {
    RootedVector roots;
    for (const SetEntry& e : s->table)
      if (slot_active(e)) roots.push_back(e.key);
    out = "{";
    bool first = true;
    for (Value k : roots) {
      if (!first) out += ", ";
      first = false;
      out += repr(k);
    }
    out += "}";
  } catch (...) {
    repr_stack().pop_back();
    throw;
  }
  repr_stack().pop_back();
  if (!exact || frozen) out = tname + "(" + out + ")";
  return out;
}

int64_t frozenset_hash(Set* so) {
  auto shuffle = [](uint64_t h) -> uint64_t { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t hash = 0;
  for (const SetEntry& e : so->table)
    if (slot_active(e)) hash ^= shuffle(static_cast<uint64_t>(e.hash));
  hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  return static_cast<int64_t>(hash);
}

Value set_iter(Set* s) {
  Iterator* it = heap().make<Iterator>(iterator_type(IterKind::Set, make_obj(s)), IterKind::Set, make_obj(s));
  it->end = s->used;
  return make_obj(it);
}

Value set_iter_next(Iterator* it) {
  if (it->src.is_undef() || !is_anyset(it->src)) return Value();
  Set* s = as<Set>(it->src);
  if (it->end != s->used) {
    it->end = -1;
    raise(exc_types().RuntimeError, "Set changed size during iteration");
  }
  int64_t n = static_cast<int64_t>(s->table.size());
  while (it->pos < n) {
    const SetEntry& e = s->table[it->pos++];
    if (slot_active(e)) return e.key;
  }
  it->src = Value();
  return Value();
}

// The methods of set and frozenset (runtime/native.h checks their
// arguments). The mutators come first; frozenset has the rest.
constexpr MethodDef kSetMethods[] = {
    {"add", m_add, ArgSpec::One},
    {"remove", m_remove, ArgSpec::One},
    {"discard", m_discard, ArgSpec::One},
    {"pop", m_pop, ArgSpec::NoArgs},
    {"clear", m_clear, ArgSpec::NoArgs},
    {"update", m_update, ArgSpec::VarArgs},
    {"intersection_update", m_intersection_update, ArgSpec::VarArgs},
    {"difference_update", m_difference_update, ArgSpec::VarArgs},
    {"symmetric_difference_update", m_symmetric_difference_update, ArgSpec::One},
    // Shared with frozenset from here on.
    {"copy", m_copy, ArgSpec::NoArgs},
    {"union", m_union, ArgSpec::VarArgs},
    {"intersection", m_intersection, ArgSpec::VarArgs},
    {"difference", m_difference, ArgSpec::VarArgs},
    {"symmetric_difference", m_symmetric_difference, ArgSpec::One},
    {"issubset", m_issubset, ArgSpec::One},
    {"issuperset", m_issuperset, ArgSpec::One},
    {"isdisjoint", m_isdisjoint, ArgSpec::One},
};
constexpr size_t kSetMutators = 9;
static_assert(std::string_view(kSetMethods[kSetMutators].name) == "copy", "the shared methods follow the mutators");

void init_set_methods() {
  BuiltinTypes& t = types();
  t.set->ctor = set_ctor;
  t.frozenset->ctor = frozenset_ctor;
  add_methods(t.set, kSetMethods);
  for (size_t i = kSetMutators; i < std::size(kSetMethods); ++i) add_method_def(t.frozenset, kSetMethods[i]);
}

Set* make_frozenset(Value iterable) { return new_set_from(true, iterable); }

void set_update(Set* s, Value iterable) { update_internal(s, iterable); }

}  // namespace coil::rt
