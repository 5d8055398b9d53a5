#include "runtime/checked.h"

#include <gmp.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "runtime/exception.h"
#include "runtime/misc.h"
#include "runtime/mpz.h"
#include "runtime/numbers.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {
bool is_big(Value v) { return v.is_obj() && v.o->kind == Kind::BigInt; }
}  // namespace

Value index_or_undef(Value v) {
  if (v.is_int() || v.is_bool()) return v;
  // An instance of an int subclass is boxed whatever its value; its index
  // is the exact int (PyNumber_Index).
  if (is_big(v)) return v.o->has_side_attrs ? int_from_mpz(as<BigInt>(v)->z) : v;
  if (!v.is_obj() || (v.o->kind != Kind::Instance && v.o->kind != Kind::Exception)) return Value();
  Value m = lookup_special(v, intern("__index__"));
  if (m.is_undef()) return Value();
  Value r = call0(m);
  if (!r.is_int() && !r.is_bool() && !is_big(r))
    raise(exc_types().TypeError, "__index__ returned non-int (type " + type_name(r) + ")");
  return r;
}

namespace {

[[noreturn]] void not_an_integer(Value v) {
  raise(exc_types().TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
}

[[noreturn]] void overflow(TypeObject* exc, const char* msg) {
  raise(exc ? exc : exc_types().OverflowError, msg);
}

}  // namespace

Value index_int(Value v) {
  Value i = index_or_undef(v);
  if (i.is_undef()) not_an_integer(v);
  return i.is_bool() ? make_int(i.b) : i;
}

int64_t as_ssize(Value v) {
  Value i = index_or_undef(v);
  if (i.is_undef()) not_an_integer(v);
  if (i.is_int()) return i.i;
  if (i.is_bool()) return i.b;
  raise(exc_types().OverflowError, "Python int too large to convert to C ssize_t");
}

int as_c_int(Value v) {
  Value i = index_or_undef(v);
  if (i.is_undef()) not_an_integer(v);
  if (i.is_bool()) return i.b;
  if (i.is_int() && i.i >= INT32_MIN && i.i <= INT32_MAX) return static_cast<int>(i.i);
  raise(exc_types().OverflowError, "Python int too large to convert to C int");
}

int64_t index_ssize(Value v, TypeObject* err) {
  Value i = index_or_undef(v);
  if (i.is_undef()) not_an_integer(v);
  return index_ssize_of(i, v, err);
}

int64_t index_ssize_of(Value index, Value original, TypeObject* err) {
  if (index.is_int()) return index.i;
  if (index.is_bool()) return index.b;
  if (err) raise(err, "cannot fit '" + type_name(original) + "' into an index-sized integer");
  return mpz_sgn(as<BigInt>(index)->z) < 0 ? INT64_MIN : INT64_MAX;
}

int64_t clamp_ssize(Value v, const char* type_error) {
  Value i = index_or_undef(v);
  if (i.is_undef()) raise(exc_types().TypeError, type_error);
  if (i.is_int()) return i.i;
  if (i.is_bool()) return i.b;
  return mpz_sgn(as<BigInt>(i)->z) < 0 ? INT64_MIN : INT64_MAX;
}

int64_t checked_add(int64_t a, int64_t b, const char* msg, TypeObject* exc) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) overflow(exc, msg);
  return r;
}

int64_t checked_sub(int64_t a, int64_t b, const char* msg, TypeObject* exc) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) overflow(exc, msg);
  return r;
}

int64_t checked_mul(int64_t a, int64_t b, const char* msg, TypeObject* exc) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) overflow(exc, msg);
  return r;
}

size_t max_allocation() {
  static const size_t limit = [] {
#if COIL_FUZZING
    return size_t(256) << 20;
#elif COIL_SANITIZE
    size_t l = size_t(1) << 40;
    const char* opts = std::getenv("ASAN_OPTIONS");
    const char* key = "max_allocation_size_mb=";
    if (const char* p = opts ? std::strstr(opts, key) : nullptr)
      l = std::min(l, static_cast<size_t>(std::strtoull(p + std::strlen(key), nullptr, 10)) << 20);
    return l;
#else
    return size_t(1) << 62;
#endif
  }();
  return limit;
}

void check_allocation(size_t bytes) {
  if (bytes > max_allocation()) raise(exc_types().MemoryError, "");
}

size_t repeat_bytes(size_t unit, int64_t count, const char* msg, TypeObject* exc) {
  if (count <= 0 || unit == 0) return 0;
  int64_t total;
  if (unit > static_cast<size_t>(INT64_MAX) || __builtin_mul_overflow(static_cast<int64_t>(unit), count, &total))
    overflow(exc, msg);
  check_allocation(static_cast<size_t>(total));
  return static_cast<size_t>(total);
}

Value int_from_i128(__int128 x) {
  if (x >= INT64_MIN && x <= INT64_MAX) return make_int(static_cast<int64_t>(x));
  bool neg = x < 0;
  unsigned __int128 u = neg ? -static_cast<unsigned __int128>(x) : static_cast<unsigned __int128>(x);
  Z z;
  mpz_set_ui(z, static_cast<unsigned long>(u >> 64));
  mpz_mul_2exp(z, z, 64);
  mpz_add_ui(z, z, static_cast<unsigned long>(u & ~uint64_t(0)));
  if (neg) mpz_neg(z, z);
  return int_from_mpz(z.z);
}

}  // namespace coil::rt
