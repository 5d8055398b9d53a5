#include "runtime/range.h"

#include "parser/ast.h"
#include "runtime/checked.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/numbers.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

using ast::BinOpKind;

// Arithmetic on ints of any size (the slow paths).
Value add(Value a, Value b) { return number_binary(static_cast<int>(BinOpKind::Add), a, b); }
Value sub(Value a, Value b) { return number_binary(static_cast<int>(BinOpKind::Sub), a, b); }
Value mul(Value a, Value b) { return number_binary(static_cast<int>(BinOpKind::Mult), a, b); }
Value floordiv(Value a, Value b) { return number_binary(static_cast<int>(BinOpKind::FloorDiv), a, b); }
Value mod(Value a, Value b) { return number_binary(static_cast<int>(BinOpKind::Mod), a, b); }
int cmp(Value a, Value b) { return number_compare(a, b); }

bool is_int_value(Value v) { return v.is_int() || v.is_bool() || (v.is_obj() && v.o->kind == Kind::BigInt); }
Value plain(Value v) { return v.is_bool() ? make_int(v.b) : v; }

// CPython's compute_range_length.
Value length_of(Value start, Value stop, Value step) {
  Value lo = start, hi = stop, st = step;
  if (int_sign(step) < 0) {
    lo = stop;
    hi = start;
    st = number_negative(step);
  }
  if (cmp(lo, hi) >= 0) return make_int(0);
  return add(floordiv(sub(sub(hi, lo), make_int(1)), st), make_int(1));
}

// The length of an all-int64 range; it always fits in 128 bits.
__int128 small_length(int64_t start, int64_t stop, int64_t step) {
  __int128 lo = start, hi = stop, st = step;
  if (step < 0) {
    lo = stop;
    hi = start;
    st = -st;
  }
  return lo < hi ? (hi - lo - 1) / st + 1 : 0;
}

Iterator* small_iter(int64_t first, int64_t count, int64_t step) {
  Iterator* it = heap().make<Iterator>(iterator_type(IterKind::Range, make_none()), IterKind::Range, make_none());
  it->pos = first;
  it->end = count;
  it->step = step;
  return it;
}

Iterator* long_iter(Value first, Value count, Value step) {
  Iterator* it = heap().make<Iterator>(iterator_type(IterKind::LongRange, step), IterKind::LongRange, step);
  it->fn = first;
  it->pos = count.is_int() ? count.i : INT64_MAX;  // 2**63 steps never end anyway
  return it;
}

// r[i] for an int i of any size (CPython's compute_range_item).
Value item_at(Range* r, Value index) {
  if (r->is_small() && index.is_int()) {
    int64_t i = index.i;
    if (i < 0) i += r->small_len;
    if (i < 0 || i >= r->small_len) raise(exc_types().IndexError, "range object index out of range");
    return make_int(static_cast<int64_t>(static_cast<__int128>(r->start.i) + static_cast<__int128>(i) * r->step.i));
  }
  Value n = range_length(r);
  Value i = index;
  if (int_sign(i) < 0) i = add(i, n);
  if (int_sign(i) < 0 || cmp(i, n) >= 0) raise(exc_types().IndexError, "range object index out of range");
  return add(r->start, mul(i, r->step));
}

// One bound of a slice against `length` items (_PySlice_GetLongIndices).
Value slice_bound(Value v, Value dflt, Value length, Value lower, Value upper) {
  if (v.is_none()) return dflt;
  Value x;
  try {
    x = index_int(v);
  } catch (PyError&) {
    raise(exc_types().TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  if (int_sign(x) < 0) {
    x = add(x, length);
    if (cmp(x, lower) < 0) x = lower;
  } else if (cmp(x, upper) > 0) {
    x = upper;
  }
  return x;
}

// r[i:j:k] (CPython's compute_slice).
Value slice_of(Range* r, Slice* s) {
  Value step = make_int(1);
  if (!s->step.is_none()) {
    try {
      step = index_int(s->step);
    } catch (PyError&) {
      raise(exc_types().TypeError, "slice indices must be integers or None or have an __index__ method");
    }
    if (int_sign(step) == 0) raise(exc_types().ValueError, "slice step cannot be zero");
  }
  Rooted rstep(step);
  Rooted length(range_length(r));
  bool neg = int_sign(step) < 0;
  Rooted lower(make_int(neg ? -1 : 0));
  Rooted upper(neg ? sub(length.get(), make_int(1)) : length.get());
  Rooted start(slice_bound(s->start, neg ? upper.get() : lower.get(), length.get(), lower.get(), upper.get()));
  Rooted stop(slice_bound(s->stop, neg ? lower.get() : upper.get(), length.get(), lower.get(), upper.get()));
  Rooted first(add(r->start, mul(start.get(), r->step)));
  Rooted last(add(r->start, mul(stop.get(), r->step)));
  return make_obj(new_range(first.get(), last.get(), mul(r->step, step)));
}

// The index of the int x in r, or -1 (as a Value) if r does not hold it.
Value int_position(Range* r, Value x) {
  if (r->is_small() && x.is_int()) {
    int64_t v = x.i, start = r->start.i, stop = r->stop.i, step = r->step.i;
    bool inside = step > 0 ? (v >= start && v < stop) : (v <= start && v > stop);
    if (!inside) return make_int(-1);
    __int128 d = static_cast<__int128>(v) - start;
    if (d % step != 0) return make_int(-1);
    return make_int(static_cast<int64_t>(d / step));
  }
  bool inside = int_sign(r->step) > 0 ? cmp(r->start, x) <= 0 && cmp(x, r->stop) < 0
                                      : cmp(x, r->start) <= 0 && cmp(r->stop, x) < 0;
  if (!inside) return make_int(-1);
  Rooted d(sub(x, r->start));
  if (int_sign(mod(d.get(), r->step)) != 0) return make_int(-1);
  return floordiv(d.get(), r->step);
}

// Calls f(element) for each element until it returns false (the sequence
// search CPython does for `in`, index() and count() of non-ints).
template <class F>
void each_element(Range* r, F&& f) {
  Rooted it(range_iter(r));
  for (;;) {
    Value x = range_iter_next(as<Iterator>(it.get()));
    if (x.is_undef()) return;
    Rooted keep(x);
    if (!f(x)) return;
  }
}

}  // namespace

Range* new_range(Value start, Value stop, Value step) {
  start = plain(start);
  stop = plain(stop);
  step = plain(step);
  if (step.is_int() && step.i == 0) raise(exc_types().ValueError, "range() arg 3 must not be zero");
  int64_t n = -1;
  if (start.is_int() && stop.is_int() && step.is_int()) {
    __int128 len = small_length(start.i, stop.i, step.i);
    if (len <= INT64_MAX) n = static_cast<int64_t>(len);
  }
  return heap().make<Range>(start, stop, step, n);
}

Range* new_range(int64_t start, int64_t stop, int64_t step) {
  return new_range(make_int(start), make_int(stop), make_int(step));
}

Value range_length(Range* r) {
  if (r->is_small()) return make_int(r->small_len);
  return length_of(r->start, r->stop, r->step);
}

int64_t range_len(Range* r) {
  if (r->is_small()) return r->small_len;
  Value n = range_length(r);
  if (!n.is_int()) raise(exc_types().OverflowError, "Python int too large to convert to C ssize_t");
  return n.i;
}

bool range_truthy(Range* r) { return r->is_small() ? r->small_len != 0 : int_sign(range_length(r)) != 0; }

Value range_getitem(Range* r, Value key) {
  if (key.is_obj() && key.o->kind == Kind::Slice) return slice_of(r, as<Slice>(key));
  bool indexable = is_int_value(key) || ((key.is_obj() && (key.o->kind == Kind::Instance ||
                                                             key.o->kind == Kind::Exception)) &&
                                         !lookup_special(key, intern("__index__")).is_undef());
  if (!indexable) raise(exc_types().TypeError, "range indices must be integers or slices, not " + type_name(key));
  Rooted i(index_int(key));  // __index__'s own errors propagate
  return item_at(r, i.get());
}

bool range_contains(Range* r, Value item) {
  if (is_int_value(item)) return int_sign(int_position(r, plain(item))) >= 0;
  bool found = false;
  each_element(r, [&](Value x) { return !(found = values_equal(item, x)); });
  return found;
}

Value range_index(Range* r, Value item) {
  if (is_int_value(item)) {
    Value pos = int_position(r, plain(item));
    if (int_sign(pos) < 0) raise(exc_types().ValueError, repr(item) + " is not in range");
    return pos;
  }
  int64_t i = 0;
  bool found = false;
  each_element(r, [&](Value x) {
    if (values_equal(item, x)) return !(found = true);
    ++i;
    return true;
  });
  if (!found) raise(exc_types().ValueError, "sequence.index(x): x not in sequence");
  return make_int(i);
}

int64_t range_count(Range* r, Value item) {
  if (is_int_value(item)) return range_contains(r, item) ? 1 : 0;
  int64_t n = 0;
  each_element(r, [&](Value x) {
    if (values_equal(item, x)) ++n;
    return true;
  });
  return n;
}

bool range_equal(Range* a, Range* b) {
  if (a == b) return true;
  Rooted la(range_length(a));
  Value lb = range_length(b);
  if (cmp(la.get(), lb) != 0) return false;
  if (int_sign(la.get()) == 0) return true;
  if (cmp(a->start, b->start) != 0) return false;
  if (cmp(la.get(), make_int(1)) == 0) return true;
  return cmp(a->step, b->step) == 0;
}

int64_t range_hash(Range* r) {
  // hash((len, start, step)), with None for what does not tell ranges apart.
  Rooted n(range_length(r));
  bool empty = int_sign(n.get()) == 0;
  bool one = !empty && cmp(n.get(), make_int(1)) == 0;
  Tuple* t = new_tuple({n.get(), empty ? make_none() : r->start, empty || one ? make_none() : r->step});
  Rooted keep(make_obj(t));
  return hash_value(make_obj(t));
}

std::string range_repr(Range* r) {
  std::string s = "range(" + repr(r->start) + ", " + repr(r->stop);
  if (!(r->step.is_int() && r->step.i == 1)) s += ", " + repr(r->step);
  return s + ")";
}

Value range_iter(Range* r) {
  if (r->is_small()) return make_obj(small_iter(r->start.i, r->small_len, r->step.i));
  Rooted n(range_length(r));
  return make_obj(long_iter(r->start, n.get(), r->step));
}

Value range_reversed(Range* r) {
  if (r->is_small() && r->small_len == 0) return make_obj(small_iter(0, 0, 1));
  if (r->is_small() && r->step.i != INT64_MIN) {
    int64_t last = static_cast<int64_t>(static_cast<__int128>(r->start.i) +
                                        static_cast<__int128>(r->small_len - 1) * r->step.i);
    return make_obj(small_iter(last, r->small_len, -r->step.i));
  }
  Rooted n(range_length(r));
  if (int_sign(n.get()) == 0) return make_obj(small_iter(0, 0, 1));
  Rooted last(add(r->start, mul(sub(n.get(), make_int(1)), r->step)));
  Rooted step(number_negative(r->step));
  return make_obj(long_iter(last.get(), n.get(), step.get()));
}

Value range_iter_next(Iterator* it) {
  if (it->which == IterKind::Range) {
    if (it->end <= 0) return Value();
    int64_t x = it->pos;
    // Step only while elements remain: the one after the last may not fit.
    if (--it->end > 0) it->pos += it->step;
    return make_int(x);
  }
  if (it->pos <= 0) return Value();
  Value x = it->fn;
  if (--it->pos > 0) {
    Rooted keep(x);
    it->fn = add(x, it->src);
  }
  return x;
}

}  // namespace coil::rt
