// Overflow-checked arithmetic for sizes, indices, slices, counters and
// widths: the one place where a script-chosen integer meets a C++ integer.
//
// Every conversion of a script int to int64 for use as a size or index, and
// every sum or product of such values, goes through these helpers, so that a
// boundary value (±2**63, a 20-digit width) raises CPython's exception instead
// of wrapping around. The conversions follow CPython's C API:
//   as_ssize      PyNumber_AsSsize_t(v, OverflowError)  "... C ssize_t"
//   as_c_int      _PyLong_AsInt                          "... C int"
//   clamp_ssize   _PyEval_SliceIndex: big ints clip to [INT64_MIN, INT64_MAX]
// and the arithmetic raises OverflowError with the caller's message, or
// MemoryError where CPython reports a size it cannot allocate.
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/value.h"

namespace coil::rt {

struct TypeObject;

// operator.index(v): v itself for ints (bools become 0/1), the result of
// __index__ for objects that have one; TypeError "'T' object cannot be
// interpreted as an integer" otherwise.
Value index_int(Value v);
// An int (or bool, or an object with __index__) as int64; OverflowError
// "Python int too large to convert to C ssize_t" if it does not fit, and
// TypeError "'T' object cannot be interpreted as an integer" if not an int.
int64_t as_ssize(Value v);
// The same for a C int (32 bits): "Python int too large to convert to C int".
int as_c_int(Value v);
// PyNumber_AsSsize_t(v, err): an int (or __index__) as int64; past int64,
// `err` "cannot fit 'int' into an index-sized integer", or with err null the
// value clipped to [INT64_MIN, INT64_MAX]. TypeError if v is not an int.
// The int (of any size) that v's __index__ gives, v itself for an int;
// Undef when v has no __index__.
Value index_or_undef(Value v);
int64_t index_ssize(Value v, TypeObject* err);
// index_ssize for the int that index_or_undef(original) gave, so that
// __index__ runs once; the errors name original's type.
int64_t index_ssize_of(Value index, Value original, TypeObject* err);
// A slice bound or search position: ints of any size, clipped to int64.
// TypeError (the caller's message) if v has no __index__.
int64_t clamp_ssize(Value v, const char* type_error);

// a + b, a - b, a * b, raising `exc` (OverflowError when null) with `msg` on
// int64 overflow.
int64_t checked_add(int64_t a, int64_t b, const char* msg, TypeObject* exc = nullptr);
int64_t checked_sub(int64_t a, int64_t b, const char* msg, TypeObject* exc = nullptr);
int64_t checked_mul(int64_t a, int64_t b, const char* msg, TypeObject* exc = nullptr);

// The largest single allocation coil asks for on a script's behalf; larger
// ones raise MemoryError without trying. Normally 2**62 (std::string's
// max_size; the allocator refuses real excess itself and that becomes
// MemoryError). Under the sanitizers a refused `operator new` is fatal, so
// there the limit is ASan's own: max_allocation_size_mb from ASAN_OPTIONS,
// or 256 MiB in the fuzz targets, and at most 1 TiB.
size_t max_allocation();
// MemoryError unless `bytes` is within max_allocation().
void check_allocation(size_t bytes);

// The byte size of `count` copies of `unit` bytes for a repeat or a padded
// result: raises `exc` (OverflowError when null) with `msg` when the total
// passes int64 (CPython's PY_SSIZE_T_MAX checks), MemoryError when it passes
// max_allocation(). count <= 0 gives 0.
size_t repeat_bytes(size_t unit, int64_t count, const char* msg, TypeObject* exc = nullptr);

// An exact int from a 128-bit intermediate (a BigInt if it does not fit).
Value int_from_i128(__int128 x);

}  // namespace coil::rt
