// list and tuple: constructors, methods, indexing/slicing, concatenation,
// comparison, repr and sorting.
#include <algorithm>
#include <climits>
#include <numeric>
#include <string>
#include <vector>

#include "parser/ast.h"
#include "runtime/checked.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/ops.h"
#include "runtime/seq_ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

constexpr int kEq = static_cast<int>(ast::CmpOpKind::Eq);
constexpr int kNotEq = static_cast<int>(ast::CmpOpKind::NotEq);
constexpr int kLt = static_cast<int>(ast::CmpOpKind::Lt);
constexpr int kLtE = static_cast<int>(ast::CmpOpKind::LtE);
constexpr int kGt = static_cast<int>(ast::CmpOpKind::Gt);

bool is_kind(Value v, Kind k) { return v.is_obj() && v.o->kind == k; }

// a == b with CPython's identity shortcut (PyObject_RichCompareBool).
bool eq_items(Value a, Value b) {
  if (a.identical(b)) return true;
  if (a.is_int() && b.is_int()) return false;
  return values_equal(a, b);
}

bool has_index(Value v) {
  if (v.is_int() || v.is_bool()) return true;
  if (!v.is_obj()) return false;
  if (v.o->kind == Kind::BigInt) return true;
  if (v.o->kind == Kind::Instance) return !lookup_special(v, intern("__index__")).is_undef();
  return false;
}

[[noreturn]] void bad_index_type(const char* what, Value idx) {
  raisef(exc_types().TypeError, "%s indices must be integers or slices, not %s", what, type_name(idx).c_str());
}

// A start/stop argument of list.index and friends: clipped to int64 as
// CPython's _PyEval_SliceIndexNotNone does.
int64_t slice_index_arg(Value v) {
  return clamp_ssize(v, "slice indices must be integers or have an __index__ method");
}

void resolve_slice(Value idx, int64_t len, int64_t* start, int64_t* stop, int64_t* step, int64_t* slen) {
  as<Slice>(idx)->indices(len, start, stop, step);
  *slen = slice_length(*start, *stop, *step);
}

// Collects an iterable into `out` (rooted by the caller).
void collect(Value iterable, std::vector<Value>& out) {
  if (is_exact(iterable, Kind::List)) {
    auto& it = as<List>(iterable)->items;
    out.insert(out.end(), it.begin(), it.end());
    return;
  }
  if (is_exact(iterable, Kind::Tuple)) {
    auto& it = as<Tuple>(iterable)->items;
    out.insert(out.end(), it.begin(), it.end());
    return;
  }
  Rooted it(get_iter(iterable));
  consult_length_hint(iterable);
  for (;;) {
    Value x = iter_next(it.get());
    if (x.is_undef()) break;
    out.push_back(x);
  }
}

// Iterable check with a custom TypeError message.
void collect_or(Value iterable, std::vector<Value>& out, const char* msg) {
  Value it;
  try {
    it = get_iter(iterable);
  } catch (PyError& e) {
    if (isinstance(e.exc, exc_types().TypeError)) raise(exc_types().TypeError, msg);
    throw;
  }
  if (is_kind(iterable, Kind::List) || is_kind(iterable, Kind::Tuple)) {
    collect(iterable, out);
    return;
  }
  Rooted rit(it);
  for (;;) {
    Value x = iter_next(rit.get());
    if (x.is_undef()) break;
    out.push_back(x);
  }
}

std::vector<Object*>& repr_stack() {
  static std::vector<Object*> s;
  return s;
}

struct ReprGuard {
  bool recursive = false;
  explicit ReprGuard(Object* o) {
    for (Object* p : repr_stack())
      if (p == o) recursive = true;
    if (!recursive) repr_stack().push_back(o);
  }
  ~ReprGuard() {
    if (!recursive) repr_stack().pop_back();
  }
};

// ---- constructors

Value list_ctor(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "list() takes no keyword arguments");
  if (a.n > 1) raisef(exc_types().TypeError, "list expected at most 1 argument, got %d", a.n);
  List* l = new_list();
  if (a.n == 0) return make_obj(l);
  Rooted keep(make_obj(l));
  collect(a.v[0], l->items);
  return make_obj(l);
}

Value tuple_ctor(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "tuple() takes no keyword arguments");
  if (a.n > 1) raisef(exc_types().TypeError, "tuple expected at most 1 argument, got %d", a.n);
  if (a.n == 0) return make_obj(empty_tuple());
  if (is_kind(a.v[0], Kind::Tuple) && a.v[0].o->type == types().tuple) return a.v[0];
  RootedVector items;
  collect(a.v[0], items);
  if (items.empty()) return make_obj(empty_tuple());
  return make_obj(new_tuple(std::vector<Value>(items.begin(), items.end())));
}

// ---- list methods

Value l_append(Args& a) {
  self_of<List>(a)->items.push_back(a.v[1]);
  return none();
}

Value l_extend(Args& a) {
  List* l = self_of<List>(a);
  if (is_kind(a.v[1], Kind::List) || is_kind(a.v[1], Kind::Tuple)) {
    RootedVector tmp;
    collect(a.v[1], tmp);
    l->items.insert(l->items.end(), tmp.begin(), tmp.end());
    return none();
  }
  Rooted it(get_iter(a.v[1]));
  consult_length_hint(a.v[1]);
  for (;;) {
    Value x = iter_next(it.get());
    if (x.is_undef()) break;
    l->items.push_back(x);
  }
  return none();
}

Value l_insert(Args& a) {
  List* l = self_of<List>(a);
  if (!has_index(a.v[1]))
    raisef(exc_types().TypeError, "'%s' object cannot be interpreted as an integer", type_name(a.v[1]).c_str());
  int64_t n = static_cast<int64_t>(l->items.size());
  int64_t i = as_ssize(a.v[1]);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  l->items.insert(l->items.begin() + i, a.v[2]);
  return none();
}

Value l_pop(Args& a) {
  List* l = self_of<List>(a);
  int64_t n = static_cast<int64_t>(l->items.size());
  int64_t i = -1;
  if (a.n == 2) {
    if (!has_index(a.v[1]))
      raisef(exc_types().TypeError, "'%s' object cannot be interpreted as an integer", type_name(a.v[1]).c_str());
    i = as_ssize(a.v[1]);
  }
  if (n == 0) raise(exc_types().IndexError, "pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc_types().IndexError, "pop index out of range");
  Value v = l->items[i];
  l->items.erase(l->items.begin() + i);
  return v;
}

Value l_remove(Args& a) {
  List* l = self_of<List>(a);
  for (size_t i = 0; i < l->items.size(); ++i) {
    Rooted item(l->items[i]);
    if (eq_items(item.get(), a.v[1])) {
      if (i < l->items.size()) l->items.erase(l->items.begin() + i);
      return none();
    }
  }
  raise(exc_types().ValueError, "list.remove(x): x not in list");
}

void start_stop(Args& a, int64_t n, int64_t* start, int64_t* stop) {
  *start = 0;
  *stop = n;
  if (a.n >= 3) {
    *start = slice_index_arg(a.v[2]);
    if (*start < 0) {
      *start += n;
      if (*start < 0) *start = 0;
    }
  }
  if (a.n >= 4) {
    *stop = slice_index_arg(a.v[3]);
    if (*stop < 0) {
      *stop += n;
      if (*stop < 0) *stop = 0;
    }
  }
}

Value l_index(Args& a) {
  List* l = self_of<List>(a);
  int64_t start, stop;
  start_stop(a, static_cast<int64_t>(l->items.size()), &start, &stop);
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(l->items.size()); ++i) {
    Rooted item(l->items[i]);
    if (eq_items(item.get(), a.v[1])) return make_int(i);
  }
  raisef(exc_types().ValueError, "%s is not in list", repr(a.v[1]).c_str());
}

Value l_count(Args& a) {
  List* l = self_of<List>(a);
  int64_t c = 0;
  for (size_t i = 0; i < l->items.size(); ++i) {
    Rooted item(l->items[i]);
    if (eq_items(item.get(), a.v[1])) ++c;
  }
  return make_int(c);
}

Value l_reverse(Args& a) {
  List* l = self_of<List>(a);
  std::reverse(l->items.begin(), l->items.end());
  return none();
}

Value l_clear(Args& a) {
  self_of<List>(a)->items.clear();
  return none();
}

Value l_copy(Args& a) {
  return make_obj(new_list(self_of<List>(a)->items));
}

Value l_sort(Args& a) {
  if (a.n > 1) raise(exc_types().TypeError, "sort() takes no positional arguments");
  List* l = self_of<List>(a);
  Value key, rev;
  for (int i = 0; i < a.nkw(); ++i) {
    Str* name = as_str(a.kwnames->items[i]);
    if (name->s == "key") key = a.kw(i);
    else if (name->s == "reverse") rev = a.kw(i);
    else raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for sort()", name->s.c_str());
  }
  bool reverse = false;
  if (!rev.is_undef()) {
    if (rev.is_float())
      raise(exc_types().TypeError, "'float' object cannot be interpreted as an integer");
    reverse = truthy(rev);
  }
  // As CPython: the list looks empty while key functions and comparisons
  // run, and changing it meanwhile is a ValueError (the sorted items win).
  RootedVector tmp;
  tmp.swap(l->items);
  try {
    sort_values(tmp, key, reverse);
  } catch (...) {
    l->items.swap(tmp);  // the original order; changes made meanwhile are dropped
    throw;
  }
  bool modified = !l->items.empty();
  l->items.swap(tmp);
  if (modified) raise(exc_types().ValueError, "list modified during sort");
  return none();
}






// ---- tuple methods

Value t_index(Args& a) {
  Tuple* t = self_of<Tuple>(a);
  int64_t start, stop;
  start_stop(a, static_cast<int64_t>(t->items.size()), &start, &stop);
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(t->items.size()); ++i)
    if (eq_items(t->items[i], a.v[1])) return make_int(i);
  raise(exc_types().ValueError, "tuple.index(x): x not in tuple");
}

Value t_count(Args& a) {
  Tuple* t = self_of<Tuple>(a);
  int64_t c = 0;
  for (Value x : t->items)
    if (eq_items(x, a.v[1])) ++c;
  return make_int(c);
}




// The items a resolved slice selects (see resolve_slice).
std::vector<Value> slice_items(const std::vector<Value>& items, int64_t start, int64_t step, int64_t slen) {
  std::vector<Value> out;
  if (slen <= 0) return out;
  out.reserve(static_cast<size_t>(slen));
  if (step == 1) {
    out.assign(items.begin() + start, items.begin() + start + slen);
  } else {
    for (int64_t i = 0; i < slen; ++i) out.push_back(items[start + i * step]);  // no overflow past the end
  }
  return out;
}

std::vector<Value> slice_items(const std::vector<Value>& items, Value idx) {
  int64_t start, stop, step, slen;
  resolve_slice(idx, static_cast<int64_t>(items.size()), &start, &stop, &step, &slen);
  return slice_items(items, start, step, slen);
}

}  // namespace

int64_t slice_length(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
  return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

Value list_getitem(List* l, Value index) {
  if (is_kind(index, Kind::Slice)) return make_obj(new_list(slice_items(l->items, index)));
  if (index.is_int()) {
    int64_t i = index.as_int();
    int64_t n = static_cast<int64_t>(l->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(exc_types().IndexError, "list index out of range");
    return l->items[i];
  }
  if (!has_index(index)) bad_index_type("list", index);
  return l->items[normalize_index(index, static_cast<int64_t>(l->items.size()), "list index out of range")];
}

Value tuple_getitem(Tuple* t, Value index) {
  if (is_kind(index, Kind::Slice)) {
    int64_t start, stop, step, slen;
    resolve_slice(index, static_cast<int64_t>(t->items.size()), &start, &stop, &step, &slen);
    // The whole tuple, in order, is the tuple itself (as CPython).
    if (step == 1 && slen == static_cast<int64_t>(t->items.size()) && t->type == types().tuple) return make_obj(t);
    std::vector<Value> v = slice_items(t->items, start, step, slen);
    if (v.empty()) return make_obj(empty_tuple());
    return make_obj(new_tuple(std::move(v)));
  }
  if (index.is_int()) {
    int64_t i = index.as_int();
    int64_t n = static_cast<int64_t>(t->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(exc_types().IndexError, "tuple index out of range");
    return t->items[i];
  }
  if (!has_index(index)) bad_index_type("tuple", index);
  return t->items[normalize_index(index, static_cast<int64_t>(t->items.size()), "tuple index out of range")];
}

void list_setitem(List* l, Value index, Value v) {
  if (is_kind(index, Kind::Slice)) {
    int64_t start, stop, step, slen;
    Slice* sl = as<Slice>(index);
    bool step_one = sl->step.is_none() || sl->step.is_undef() || (sl->step.is_int() && sl->step.as_int() == 1);
    if (step_one) {
      RootedVector seq;
      if (v.is_obj() && v.o == l) seq.assign(l->items.begin(), l->items.end());
      else collect_or(v, seq, "can only assign an iterable");
      resolve_slice(index, static_cast<int64_t>(l->items.size()), &start, &stop, &step, &slen);
      if (stop < start) stop = start;
      auto& it = l->items;
      it.erase(it.begin() + start, it.begin() + stop);
      it.insert(it.begin() + start, seq.begin(), seq.end());
      return;
    }
    RootedVector seq;
    if (v.is_obj() && v.o == l) seq.assign(l->items.begin(), l->items.end());
    else collect_or(v, seq, "must assign iterable to extended slice");
    resolve_slice(index, static_cast<int64_t>(l->items.size()), &start, &stop, &step, &slen);
    if (static_cast<int64_t>(seq.size()) != slen)
      raisef(exc_types().ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
             seq.size(), static_cast<long long>(slen));
    for (int64_t i = 0; i < slen; ++i) l->items[start + i * step] = seq[i];
    return;
  }
  if (!has_index(index)) bad_index_type("list", index);
  int64_t i = normalize_index(index, static_cast<int64_t>(l->items.size()), "list assignment index out of range");
  l->items[i] = v;
}

void list_delitem(List* l, Value index) {
  if (is_kind(index, Kind::Slice)) {
    int64_t start, stop, step, slen;
    resolve_slice(index, static_cast<int64_t>(l->items.size()), &start, &stop, &step, &slen);
    if (slen <= 0) return;
    auto& it = l->items;
    if (step == 1) {
      it.erase(it.begin() + start, it.begin() + start + slen);
      return;
    }
    if (step < 0) {
      // Same set of indices walked upwards.
      start = start + step * (slen - 1);
      step = -step;
    }
    std::vector<Value> out;
    out.reserve(it.size() - slen);
    int64_t next = start, removed = 0;
    for (int64_t k = 0; k < static_cast<int64_t>(it.size()); ++k) {
      if (removed < slen && k == next) {
        if (++removed < slen) next += step;  // the index past the last may not fit
        continue;
      }
      out.push_back(it[k]);
    }
    it.swap(out);
    return;
  }
  if (!has_index(index)) bad_index_type("list", index);
  int64_t i = normalize_index(index, static_cast<int64_t>(l->items.size()), "list assignment index out of range");
  l->items.erase(l->items.begin() + i);
}

void seq_concat_error(Value a, Value b) {
  const char* k = is_kind(a, Kind::List) ? "list" : "tuple";
  raisef(exc_types().TypeError, "can only concatenate %s (not \"%s\") to %s", k, type_name(b).c_str(), k);
}

Value seq_concat(Value a, Value b) {
  if (is_kind(a, Kind::List) && is_kind(b, Kind::List)) {
    check_allocation((as<List>(a)->items.size() + as<List>(b)->items.size()) * sizeof(Value));
    std::vector<Value> v;
    v.reserve(as<List>(a)->items.size() + as<List>(b)->items.size());
    v = as<List>(a)->items;
    v.insert(v.end(), as<List>(b)->items.begin(), as<List>(b)->items.end());
    return make_obj(new_list(std::move(v)));
  }
  if (is_kind(a, Kind::Tuple) && is_kind(b, Kind::Tuple)) {
    if (as<Tuple>(b)->items.empty() && a.o->type == types().tuple) return a;
    if (as<Tuple>(a)->items.empty() && b.o->type == types().tuple) return b;
    std::vector<Value> v = as<Tuple>(a)->items;
    v.insert(v.end(), as<Tuple>(b)->items.begin(), as<Tuple>(b)->items.end());
    return make_obj(new_tuple(std::move(v)));
  }
  seq_concat_error(a, b);
}

Value seq_repeat(Value seq, int64_t n) {
  bool is_list = is_kind(seq, Kind::List);
  const std::vector<Value>& src = is_list ? as<List>(seq)->items : as<Tuple>(seq)->items;
  if (n <= 0 || src.empty()) return is_list ? make_obj(new_list()) : make_obj(empty_tuple());
  if (!is_list && n == 1 && seq.o->type == types().tuple) return seq;
  repeat_bytes(src.size() * sizeof(Value), n, "", exc_types().MemoryError);  // CPython: MemoryError
  std::vector<Value> v;
  v.reserve(src.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) v.insert(v.end(), src.begin(), src.end());
  return is_list ? make_obj(new_list(std::move(v))) : make_obj(new_tuple(std::move(v)));
}

int seq_compare(Value a, Value b, int op) {
  auto items = [](Value s) -> const std::vector<Value>& {
    return is_kind(s, Kind::List) ? as<List>(s)->items : as<Tuple>(s)->items;
  };
  const std::vector<Value>& va = items(a);
  const std::vector<Value>& vb = items(b);
  if (va.size() != vb.size() && (op == kEq || op == kNotEq)) return op == kNotEq;
  size_t i = 0;
  for (; i < va.size() && i < vb.size(); ++i) {
    Rooted x(va[i]), y(vb[i]);
    if (!eq_items(x.get(), y.get())) break;
  }
  size_t na = va.size(), nb = vb.size();
  if (i >= na || i >= nb) {
    switch (op) {
      case kEq: return na == nb;
      case kNotEq: return na != nb;
      case kLt: return na < nb;
      case kLtE: return na <= nb;
      case kGt: return na > nb;
      default: return na >= nb;
    }
  }
  if (op == kEq) return 0;
  if (op == kNotEq) return 1;
  Rooted x(va[i]), y(vb[i]);
  return compare_bool(op, x.get(), y.get());
}

bool seq_equal(Value a, Value b) { return seq_compare(a, b, kEq) != 0; }

std::string list_repr(List* l) {
  ReprGuard g(l);
  if (g.recursive) return "[...]";
  std::string out = "[";
  for (size_t i = 0; i < l->items.size(); ++i) {
    if (i) out += ", ";
    Rooted item(l->items[i]);
    out += repr(item.get());
  }
  out += "]";
  return out;
}

std::string tuple_repr(Tuple* t) {
  if (t->items.empty()) return "()";
  ReprGuard g(t);
  if (g.recursive) return "(...)";
  std::string out = "(";
  for (size_t i = 0; i < t->items.size(); ++i) {
    if (i) out += ", ";
    out += repr(t->items[i]);
  }
  if (t->items.size() == 1) out += ",";
  out += ")";
  return out;
}

// A stable merge sort that stays in bounds whatever `less` answers.
// std::stable_sort may not: its insertion sort runs an unguarded loop that
// reads past the start of the range when the comparison is inconsistent (a
// user __lt__ that answers at random), and user comparisons can be. `less`
// may also throw (PyError); `idx` is then left a permutation, unsorted.
template <class Less>
static void guarded_stable_sort(std::vector<size_t>& idx, Less less) {
  size_t n = idx.size();
  constexpr size_t kRun = 16;
  // Runs of kRun by insertion sort, every index checked.
  for (size_t lo = 0; lo < n; lo += kRun) {
    size_t hi = std::min(n, lo + kRun);
    for (size_t i = lo + 1; i < hi; ++i) {
      size_t x = idx[i];
      size_t j = i;
      while (j > lo && less(x, idx[j - 1])) {
        idx[j] = idx[j - 1];
        --j;
      }
      idx[j] = x;
    }
  }
  // Bottom-up merges; a right item goes first only if strictly less.
  std::vector<size_t> buf(n);
  for (size_t width = kRun; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = std::min(n, lo + width), hi = std::min(n, lo + 2 * width);
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) buf[k++] = less(idx[j], idx[i]) ? idx[j++] : idx[i++];
      while (i < mid) buf[k++] = idx[i++];
      while (j < hi) buf[k++] = idx[j++];
    }
    idx.swap(buf);
  }
}

void sort_values(std::vector<Value>& v, Value key, bool reverse) {
  size_t n = v.size();
  bool has_key = !key.is_undef() && !key.is_none();
  if (n < 2) {
    if (n == 1 && has_key) call1(key, v[0]);  // CPython calls key even then
    return;
  }
  RootedVector keys;
  if (has_key) {
    keys.reserve(n);
    for (size_t i = 0; i < n; ++i) keys.push_back(call1(key, v[i]));
  } else {
    keys.assign(v.begin(), v.end());
  }
  // CPython reverses, sorts stably, and reverses back, so that equal items
  // keep their original order under reverse=True.
  std::vector<size_t> idx(n);
  std::iota(idx.begin(), idx.end(), 0);
  if (reverse) std::reverse(idx.begin(), idx.end());
  bool all_int = true, all_str = true, all_float = true;
  for (const Value& k : keys) {
    if (!k.is_int()) all_int = false;
    if (!(k.is_obj() && k.o->kind == Kind::Str && k.o->type == types().str)) all_str = false;
    if (!k.is_float() || k.as_float() != k.as_float()) all_float = false;
  }
  if (all_int) {
    std::stable_sort(idx.begin(), idx.end(), [&](size_t x, size_t y) { return keys[x].i < keys[y].i; });
  } else if (all_str) {
    std::stable_sort(idx.begin(), idx.end(),
                     [&](size_t x, size_t y) { return as_str(keys[x])->s < as_str(keys[y])->s; });
  } else if (all_float) {
    std::stable_sort(idx.begin(), idx.end(), [&](size_t x, size_t y) { return keys[x].f < keys[y].f; });
  } else {
    // User comparisons: may be inconsistent, may throw.
    guarded_stable_sort(idx, [&](size_t x, size_t y) { return compare_bool(kLt, keys[x], keys[y]); });
  }
  if (reverse) std::reverse(idx.begin(), idx.end());
  std::vector<Value> out(n);
  for (size_t i = 0; i < n; ++i) out[i] = v[idx[i]];
  v.swap(out);
}

// The methods of list and tuple; their natives see checked arguments
// (runtime/native.h).
const MethodDef kListMethods[] = {
    {"append", l_append, ArgSpec::One},
    {"extend", l_extend, ArgSpec::One},
    {"insert", l_insert, ArgSpec::Range, 2, 2},
    {"pop", l_pop, ArgSpec::Range, 0, 1},
    {"remove", l_remove, ArgSpec::One},
    {"index", l_index, ArgSpec::Range, 1, 3},
    {"count", l_count, ArgSpec::One},
    {"reverse", l_reverse, ArgSpec::NoArgs},
    {"sort", l_sort, ArgSpec::Any},
    {"clear", l_clear, ArgSpec::NoArgs},
    {"copy", l_copy, ArgSpec::NoArgs},
};
const MethodDef kTupleMethods[] = {
    {"index", t_index, ArgSpec::Range, 1, 3},
    {"count", t_count, ArgSpec::One},
};

void init_list_methods() {
  BuiltinTypes& t = types();
  t.list->ctor = list_ctor;
  t.tuple->ctor = tuple_ctor;
  add_methods(t.list, kListMethods);
  add_methods(t.tuple, kTupleMethods);
}

}  // namespace coil::rt
