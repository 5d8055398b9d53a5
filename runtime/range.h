// range objects over ints of any size, with CPython's semantics
// (Objects/rangeobject.c): len() raises OverflowError past int64, but
// indexing, slicing, `in`, index(), iteration and reversed() work for any
// bounds, e.g. range(-2**63, 2**63 - 1)[1:5] or range(2**64)[-1].
//
// Most ranges are small: start, stop, step and the length all fit in int64,
// so every element does too. Those take int64 fast paths (iteration most of
// all: the dispatch loop's FOR_ITER reads the iterator's fields directly);
// everything else goes through arbitrary-precision int arithmetic.
#pragma once
#include <cstdint>
#include <string>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

struct Iterator;

struct Range : Object {
  Value start, stop, step;  // ints (small or BigInt, never bool); step != 0
  // The length when the int64 fast paths apply, else -1.
  int64_t small_len;
  Range(Value a, Value b, Value c, int64_t n)
      : Object(Kind::Range, types().range), start(a), stop(b), step(c), small_len(n) {}
  void trace(Tracer& t) override { t.mark(start); t.mark(stop); t.mark(step); }
  bool is_small() const { return small_len >= 0; }
};

// range(start, stop, step) from ints (bools allowed); ValueError for step 0.
Range* new_range(Value start, Value stop, Value step);
Range* new_range(int64_t start, int64_t stop, int64_t step);

Value range_length(Range* r);   // the length as an int of any size
int64_t range_len(Range* r);    // len(r): OverflowError past int64
bool range_truthy(Range* r);
Value range_getitem(Range* r, Value key);  // r[i] and r[i:j:k]
bool range_contains(Range* r, Value item);
Value range_index(Range* r, Value item);   // ValueError "x is not in range"
int64_t range_count(Range* r, Value item);
bool range_equal(Range* a, Range* b);      // same elements
int64_t range_hash(Range* r);
std::string range_repr(Range* r);

// iter(r) and reversed(r). Small ranges give an IterKind::Range iterator
// (pos = the next element, end = how many are left, step), big ones an
// IterKind::LongRange iterator (fn = the next element, src = the step,
// pos = how many are left, capped at INT64_MAX).
Value range_iter(Range* r);
Value range_reversed(Range* r);
Value range_iter_next(Iterator* it);  // Undef when exhausted

}  // namespace coil::rt
