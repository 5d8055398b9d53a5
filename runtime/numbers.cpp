// Arithmetic, comparison and hashing of int (small and GMP-backed), bool and
// float, with CPython's semantics and error messages. Text conversions live in
// int.cpp / float.cpp, format() in format.cpp; the number methods and
// constructors are registered at the end of this file.
#include "runtime/numbers.h"

#include <gmp.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstdint>
#include <limits>

#include "parser/ast.h"
#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/objects/bytes.h"
#include "runtime/mpz.h"
#include "runtime/objects/complex.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

using ast::BinOpKind;

bool is_big(Value v) { return v.is_obj() && v.o->kind == Kind::BigInt; }
bool is_small(Value v) { return v.is_int() || v.is_bool(); }
int64_t small_val(Value v) { return v.is_int() ? v.i : (v.b ? 1 : 0); }

[[noreturn]] void zero_div(const char* msg) { raise(exc_types().ZeroDivisionError, msg); }

// ---------------------------------------------------------------- float ops

double float_pow(double iv, double iw) {
  if (iw == 0) return 1.0;
  if (std::isnan(iv)) return iv == 1.0 ? 1.0 : iv;
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0) == (iv > 1)) return std::fabs(iw);
    return 0.0;
  }
  bool iw_is_odd = std::fmod(std::fabs(iw), 2.0) == 1.0;
  if (std::isinf(iv)) {
    if (iv > 0) return iw > 0 ? iv : 0.0;
    return iw > 0 ? (iw_is_odd ? iv : -iv) : (iw_is_odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    if (iw < 0) zero_div("0.0 cannot be raised to a negative power");
    return iw_is_odd ? iv : 0.0;
  }
  bool negate = false;
  if (iv < 0.0) {
    // A fractional iw never gets here: float_binary makes it a complex power.
    iv = -iv;
    negate = iw_is_odd;
  }
  if (iv == 1.0) return negate ? -1.0 : 1.0;
  double r = std::pow(iv, iw);
  // CPython raises OverflowError(errno, strerror) here (ERANGE).
  if (std::isinf(r))
    raise_value(make_obj(new_exception_args(exc_types().OverflowError,
                                            {make_int(34), str_value("Numerical result out of range")})));
  return negate ? -r : r;
}

Value float_binary(int op, double x, double y) {
  switch (static_cast<BinOpKind>(op)) {
    case BinOpKind::Add: return make_float(x + y);
    case BinOpKind::Sub: return make_float(x - y);
    case BinOpKind::Mult: return make_float(x * y);
    case BinOpKind::Div:
      if (y == 0) zero_div("float division by zero");
      return make_float(x / y);
    case BinOpKind::Mod: {
      if (y == 0) zero_div("float modulo");
      double mod = std::fmod(x, y);
      if (mod) {
        if ((y < 0) != (mod < 0)) mod += y;
      } else {
        mod = std::copysign(0.0, y);
      }
      return make_float(mod);
    }
    case BinOpKind::FloorDiv: {
      if (y == 0) zero_div("float floor division by zero");
      double mod = std::fmod(x, y);
      double div = (x - mod) / y;
      if (mod) {
        if ((y < 0) != (mod < 0)) div -= 1.0;
      }
      double floordiv;
      if (div) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, x / y);
      }
      return make_float(floordiv);
    }
    case BinOpKind::Pow:
      // A negative base to a fractional power is complex (float_pow's
      // other special cases all have an infinite, NaN or zero operand).
      if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) return complex_power(x, 0.0, y, 0.0);
      return make_float(float_pow(x, y));
    default: return Value();
  }
}

// ---------------------------------------------------------------- int ops

// Correctly rounded a / b (b != 0), as CPython's long_true_divide.
double mpz_true_div(mpz_srcptr a, mpz_srcptr b) {
  bool neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  if (mpz_sgn(a) == 0) return neg ? -0.0 : 0.0;
  Z x, y;
  mpz_abs(x, a);
  mpz_abs(y, b);
  long e = static_cast<long>(mpz_sizeinbase(x, 2)) - static_cast<long>(mpz_sizeinbase(y, 2));
  long s = 55 - e;  // x * 2**s / y lies in (2**54, 2**56)
  if (s >= 0) mpz_mul_2exp(x, x, static_cast<mp_bitcnt_t>(s));
  else mpz_mul_2exp(y, y, static_cast<mp_bitcnt_t>(-s));
  Z q, r;
  mpz_tdiv_qr(q, r, x, y);
  bool sticky = mpz_sgn(r) != 0;
  long qb = static_cast<long>(mpz_sizeinbase(q, 2));
  long drop = std::max(qb - 53, s - 1074);  // keep 53 bits, or fewer when subnormal
  Z hi;
  mpz_tdiv_q_2exp(hi, q, static_cast<mp_bitcnt_t>(drop));
  bool half = mpz_tstbit(q, static_cast<mp_bitcnt_t>(drop - 1));
  bool below = sticky || mpz_scan1(q, 0) < static_cast<mp_bitcnt_t>(drop - 1);
  if (half && (below || mpz_odd_p(hi))) mpz_add_ui(hi, hi, 1);
  double res = std::ldexp(mpz_get_d(hi), static_cast<int>(drop - s));
  if (std::isinf(res)) raise(exc_types().OverflowError, "integer division result too large for a float");
  return neg ? -res : res;
}

Value big_pow(mpz_srcptr base, Value exp) {
  // exp is a non-negative int.
  if (mpz_cmp_si(base, 0) == 0) return make_int(int_sign(exp) == 0 ? 1 : 0);
  if (mpz_cmp_si(base, 1) == 0) return make_int(1);
  if (mpz_cmp_si(base, -1) == 0) {
    Z e(exp);
    return make_int(mpz_odd_p(e.z) ? -1 : 1);
  }
  if (!exp.is_int() && !exp.is_bool()) raise(exc_types().MemoryError, "");
  int64_t e = small_val(exp);
  check_mpz_bits(static_cast<double>(mpz_sizeinbase(base, 2) - 1) * static_cast<double>(e));
  Z r;
  mpz_pow_ui(r, base, static_cast<unsigned long>(e));
  return int_from_mpz(r.z);
}

Value big_binary(int op, Value a, Value b) {
  Z x(a), y(b), r;
  switch (static_cast<BinOpKind>(op)) {
    case BinOpKind::Add: mpz_add(r, x, y); break;
    case BinOpKind::Sub: mpz_sub(r, x, y); break;
    case BinOpKind::Mult:
      check_mpz_bits(static_cast<double>(mpz_sizeinbase(x, 2)) + static_cast<double>(mpz_sizeinbase(y, 2)));
      mpz_mul(r, x, y);
      break;
    case BinOpKind::Div:
      if (mpz_sgn(y) == 0) zero_div("division by zero");
      return make_float(mpz_true_div(x, y));
    case BinOpKind::FloorDiv:
      if (mpz_sgn(y) == 0) zero_div("integer division or modulo by zero");
      mpz_fdiv_q(r, x, y);
      break;
    case BinOpKind::Mod:
      if (mpz_sgn(y) == 0) zero_div("integer modulo by zero");
      mpz_fdiv_r(r, x, y);
      break;
    case BinOpKind::Pow:
      if (mpz_sgn(y) < 0) return make_float(float_pow(to_double(a), to_double(b)));
      return big_pow(x, b);
    case BinOpKind::LShift: {
      if (mpz_sgn(y) < 0) raise(exc_types().ValueError, "negative shift count");
      if (mpz_sgn(x) == 0) return make_int(0);
      if (!mpz_fits_slong_p(y)) raise(exc_types().MemoryError, "");
      check_mpz_bits(static_cast<double>(mpz_sizeinbase(x, 2)) + static_cast<double>(mpz_get_si(y)));
      mpz_mul_2exp(r, x, static_cast<mp_bitcnt_t>(mpz_get_si(y)));
      break;
    }
    case BinOpKind::RShift: {
      if (mpz_sgn(y) < 0) raise(exc_types().ValueError, "negative shift count");
      if (!mpz_fits_slong_p(y)) return make_int(mpz_sgn(x) < 0 ? -1 : 0);
      mpz_fdiv_q_2exp(r, x, static_cast<mp_bitcnt_t>(mpz_get_si(y)));
      break;
    }
    case BinOpKind::BitAnd: mpz_and(r, x, y); break;
    case BinOpKind::BitOr: mpz_ior(r, x, y); break;
    case BinOpKind::BitXor: mpz_xor(r, x, y); break;
    default: return Value();
  }
  return int_from_mpz(r.z);
}

Value small_binary(int op, int64_t a, int64_t b) {
  int64_t r;
  switch (static_cast<BinOpKind>(op)) {
    case BinOpKind::Add:
      if (!__builtin_add_overflow(a, b, &r)) return make_int(r);
      break;
    case BinOpKind::Sub:
      if (!__builtin_sub_overflow(a, b, &r)) return make_int(r);
      break;
    case BinOpKind::Mult:
      if (!__builtin_mul_overflow(a, b, &r)) return make_int(r);
      break;
    case BinOpKind::Div: {
      if (b == 0) zero_div("division by zero");
      constexpr int64_t lim = int64_t(1) << 53;
      if (a >= -lim && a <= lim && b >= -lim && b <= lim)
        return make_float(static_cast<double>(a) / static_cast<double>(b));
      break;
    }
    case BinOpKind::FloorDiv: {
      if (b == 0) zero_div("integer division or modulo by zero");
      if (a == INT64_MIN && b == -1) break;
      int64_t q = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
      return make_int(q);
    }
    case BinOpKind::Mod: {
      if (b == 0) zero_div("integer modulo by zero");
      if (b == -1) return make_int(0);
      int64_t m = a % b;
      if (m != 0 && ((m < 0) != (b < 0))) m += b;
      return make_int(m);
    }
    case BinOpKind::Pow: {
      if (b < 0) return make_float(float_pow(static_cast<double>(a), static_cast<double>(b)));
      int64_t result = 1, base = a, e = b;
      bool overflow = false;
      while (e) {
        if (e & 1) {
          if (__builtin_mul_overflow(result, base, &result)) { overflow = true; break; }
        }
        e >>= 1;
        if (e && __builtin_mul_overflow(base, base, &base)) { overflow = true; break; }
      }
      if (!overflow) return make_int(result);
      Z x;
      mpz_set_si(x, a);
      return big_pow(x, make_int(b));
    }
    case BinOpKind::LShift: {
      if (b < 0) raise(exc_types().ValueError, "negative shift count");
      if (a == 0) return make_int(0);
      if (b < 64) {
        __int128 w = static_cast<__int128>(a) * (static_cast<__int128>(1) << b);
        if (w >= INT64_MIN && w <= INT64_MAX) return make_int(static_cast<int64_t>(w));
      }
      break;
    }
    case BinOpKind::RShift:
      if (b < 0) raise(exc_types().ValueError, "negative shift count");
      if (b >= 64) return make_int(a < 0 ? -1 : 0);
      return make_int(a >> b);
    case BinOpKind::BitAnd: return make_int(a & b);
    case BinOpKind::BitOr: return make_int(a | b);
    case BinOpKind::BitXor: return make_int(a ^ b);
    default: return Value();
  }
  return big_binary(op, make_int(a), make_int(b));
}

// Compares int-like i with finite-or-infinite d exactly; 2 for NaN.
int int_float_cmp(Value i, double d) {
  if (std::isnan(d)) return 2;
  if (is_small(i)) {
    int64_t x = small_val(i);
    constexpr int64_t lim = int64_t(1) << 53;
    if (x >= -lim && x <= lim) {
      double xd = static_cast<double>(x);
      return (xd > d) - (xd < d);
    }
  }
  Z z(i);
  int c = mpz_cmp_d(z, d);
  return (c > 0) - (c < 0);
}

constexpr uint64_t kHashBits = 61;
constexpr uint64_t kHashModulus = (uint64_t(1) << kHashBits) - 1;
constexpr int64_t kHashInf = 314159;

int64_t hash_double(double v) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
    return 0;
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0, y;
  while (m) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % static_cast<int>(kHashBits) : static_cast<int>(kHashBits) - 1 - ((-1 - e) % static_cast<int>(kHashBits));
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(x);
}

}  // namespace

// ---------------------------------------------------------------- basics

Value int_from_mpz(const void* p) {
  mpz_srcptr z = static_cast<mpz_srcptr>(p);
  if (mpz_fits_slong_p(z)) return make_int(mpz_get_si(z));
  BigInt* b = heap().make<BigInt>();
  mpz_set(b->z, z);
  heap().note_alloc(mpz_size(z) * sizeof(mp_limb_t));
  return make_obj(b);
}

void int_to_mpz(Value v, void* out) {
  mpz_ptr z = static_cast<mpz_ptr>(out);
  if (v.is_int()) mpz_set_si(z, v.i);
  else if (v.is_bool()) mpz_set_si(z, v.b ? 1 : 0);
  else if (is_big(v)) mpz_set(z, as<BigInt>(v)->z);
  else raise(exc_types().TypeError, "an integer is required");
}

bool is_int_like(Value v) { return v.is_int() || v.is_bool() || is_big(v); }
bool is_number(Value v) { return v.is_int() || v.is_bool() || v.is_float() || is_big(v) || is_boxed_float(v); }

int int_sign(Value v) {
  if (is_small(v)) {
    int64_t x = small_val(v);
    return (x > 0) - (x < 0);
  }
  return mpz_sgn(as<BigInt>(v)->z);
}

double to_double(Value v) {
  if (v.is_float()) return v.f;
  if (is_boxed_float(v)) return static_cast<BoxedFloat*>(v.o)->value;
  if (v.is_int()) return static_cast<double>(v.i);
  if (v.is_bool()) return v.b ? 1.0 : 0.0;
  if (!is_big(v)) raisef(exc_types().TypeError, "must be real number, not %s", type_name(v).c_str());
  // Correctly rounded (half to even), as PyLong_AsDouble.
  mpz_srcptr z = as<BigInt>(v)->z;
  size_t bits = mpz_sizeinbase(z, 2);
  if (bits > 1025) raise(exc_types().OverflowError, "int too large to convert to float");
  Z a;
  mpz_abs(a, z);
  size_t shift = bits > 55 ? bits - 55 : 0;
  Z q;
  mpz_tdiv_q_2exp(q, a, shift);
  uint64_t top = mpz_get_ui(q);
  if (shift && mpz_scan1(a, 0) < shift) top |= 1;  // sticky bit: round to odd
  double d = std::ldexp(static_cast<double>(top), static_cast<int>(shift));
  if (std::isinf(d)) raise(exc_types().OverflowError, "int too large to convert to float");
  return mpz_sgn(z) < 0 ? -d : d;
}

// ---------------------------------------------------------------- operations

Value number_binary(int op, Value a, Value b) {
  if (!is_number(a) || !is_number(b)) return Value();
  a = unbox_float(a);
  b = unbox_float(b);
  if (a.is_float() || b.is_float()) {
    switch (static_cast<BinOpKind>(op)) {
      case BinOpKind::Add: case BinOpKind::Sub: case BinOpKind::Mult: case BinOpKind::Div:
      case BinOpKind::Mod: case BinOpKind::Pow: case BinOpKind::FloorDiv:
        return float_binary(op, to_double(a), to_double(b));
      default: return Value();
    }
  }
  if (a.is_bool() && b.is_bool()) {
    switch (static_cast<BinOpKind>(op)) {
      case BinOpKind::BitAnd: return make_bool(a.b && b.b);
      case BinOpKind::BitOr: return make_bool(a.b || b.b);
      case BinOpKind::BitXor: return make_bool(a.b != b.b);
      default: break;
    }
  }
  if (static_cast<BinOpKind>(op) == BinOpKind::MatMult) return Value();
  if (is_small(a) && is_small(b)) return small_binary(op, small_val(a), small_val(b));
  return big_binary(op, a, b);
}

int number_compare(Value a, Value b) {
  if (!is_number(a) || !is_number(b)) return 2;
  a = unbox_float(a);
  b = unbox_float(b);
  if (a.is_float() && b.is_float()) {
    if (std::isnan(a.f) || std::isnan(b.f)) return 2;
    return (a.f > b.f) - (a.f < b.f);
  }
  if (a.is_float()) {
    int c = int_float_cmp(b, a.f);
    return c == 2 ? 2 : -c;
  }
  if (b.is_float()) return int_float_cmp(a, b.f);
  if (is_small(a) && is_small(b)) {
    int64_t x = small_val(a), y = small_val(b);
    return (x > y) - (x < y);
  }
  Z x(a), y(b);
  int c = mpz_cmp(x, y);
  return (c > 0) - (c < 0);
}

bool number_equal(Value a, Value b) { return number_compare(a, b) == 0; }

int64_t number_hash(Value v) {
  v = unbox_float(v);
  if (v.is_float()) return hash_double(v.f);
  if (is_small(v)) {
    int64_t x = small_val(v);
    if (x == -1) return -2;
    if (x == INT64_MIN) {
      // |x| = 2**63 = 4 (mod 2**61 - 1)
      return -4;
    }
    uint64_t ax = static_cast<uint64_t>(x < 0 ? -x : x) % kHashModulus;
    int64_t h = x < 0 ? -static_cast<int64_t>(ax) : static_cast<int64_t>(ax);
    return h == -1 ? -2 : h;
  }
  mpz_srcptr z = as<BigInt>(v)->z;
  int64_t h = static_cast<int64_t>(mpz_tdiv_ui(z, kHashModulus));  // |z| mod P
  if (mpz_sgn(z) < 0) h = -h;
  return h == -1 ? -2 : h;
}

Value number_negative(Value v) {
  v = unbox_float(v);
  if (v.is_float()) return make_float(-v.f);
  if (is_small(v)) {
    int64_t x = small_val(v);
    if (x != INT64_MIN) return make_int(-x);
  } else if (!is_big(v)) {
    return Value();
  }
  Z z(v);
  mpz_neg(z, z);
  return int_from_mpz(z.z);
}

Value number_invert(Value v) {
  if (is_small(v)) return make_int(~small_val(v));
  if (!is_big(v)) return Value();
  Z z(v);
  mpz_com(z, z);
  return int_from_mpz(z.z);
}

Value int_pow_mod(Value base, Value exp, Value mod) {
  if (!is_int_like(base) || !is_int_like(exp) || !is_int_like(mod))
    raise(exc_types().TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  Z b(base), e(exp), m(mod), r;
  if (mpz_sgn(m) == 0) raise(exc_types().ValueError, "pow() 3rd argument cannot be 0");
  bool neg_mod = mpz_sgn(m) < 0;
  mpz_abs(m, m);
  if (mpz_cmp_ui(m, 1) == 0) return make_int(0);
  if (mpz_sgn(e) < 0) {
    if (!mpz_invert(b, b, m)) raise(exc_types().ValueError, "base is not invertible for the given modulus");
    mpz_neg(e, e);
  }
  mpz_powm(r, b, e, m);  // in [0, m)
  if (neg_mod && mpz_sgn(r) != 0) mpz_sub(r, r, m);
  return int_from_mpz(r.z);
}

// ---------------------------------------------------------------- methods

namespace {

[[noreturn]] void arg_count(const char* name, int max, int got) {
  raisef(exc_types().TypeError, "%s() takes at most %d argument%s (%d given)", name, max,
         max == 1 ? "" : "s", got);
}

void no_kwargs(Args& a, const char* name) {
  if (a.nkw()) raisef(exc_types().TypeError, "%s() takes no keyword arguments", name);
}

void check_self(Args& a, bool want_float, const char* name) {
  if (a.n < 1) raisef(exc_types().TypeError, "descriptor '%s' needs an argument", name);
  if (want_float) a.v[0] = unbox_float(a.v[0]);  // a float subclass's value
  bool ok = want_float ? a.v[0].is_float() : is_int_like(a.v[0]);
  if (!ok)
    raisef(exc_types().TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
           want_float ? "float" : "int", type_name(a.v[0]).c_str());
}

void check_nargs(Args& a, int n, const char* name) {
  no_kwargs(a, name);
  if (a.n != n) {
    if (n == 1) raisef(exc_types().TypeError, "%s() takes no arguments (%d given)", name, a.n - 1);
    raisef(exc_types().TypeError, "%s() takes exactly %d argument (%d given)", name, n - 1, a.n - 1);
  }
}

Value int_ctor(Args& a) {
  Value x, base;
  if (a.n > 2) arg_count("int", 2, a.n);
  if (a.n >= 1) x = a.v[0];
  if (a.n == 2) base = a.v[1];
  for (int i = 0; i < a.nkw(); ++i) {
    const std::string& k = as_str(a.kwnames->items[static_cast<size_t>(i)])->s;
    if (k == "base" && base.is_undef()) base = a.kw(i);
    else if (k == "base") raise(exc_types().TypeError, "argument for int() given by name ('base') and position (2)");
    else raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for int()", k.c_str());
  }
  if (x.is_undef()) {
    if (!base.is_undef()) raise(exc_types().TypeError, "int() missing string argument");
    return make_int(0);
  }
  if (base.is_undef()) return int_convert(x, -1);
  int64_t b = index_value(base);
  if (b != 0 && (b < 2 || b > 36)) raise(exc_types().ValueError, "int() base must be >= 2 and <= 36, or 0");
  return int_convert(x, static_cast<int>(b));
}

Value float_ctor(Args& a) {
  no_kwargs(a, "float");
  if (a.n > 1) raisef(exc_types().TypeError, "float expected at most 1 argument, got %d", a.n);
  if (a.n == 0) return make_float(0.0);
  return float_convert(a.v[0]);
}

Value bool_ctor(Args& a) {
  no_kwargs(a, "bool");
  if (a.n > 1) raisef(exc_types().TypeError, "bool expected at most 1 argument, got %d", a.n);
  if (a.n == 0) return make_bool(false);
  return make_bool(truthy(a.v[0]));
}

Value int_bit_length(Args& a) {
  check_self(a, false, "bit_length");
  check_nargs(a, 1, "bit_length");
  Value v = a.v[0];
  if (is_small(v)) {
    int64_t x = small_val(v);
    uint64_t ax = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return make_int(ax == 0 ? 0 : 64 - __builtin_clzll(ax));
  }
  return make_int(static_cast<int64_t>(mpz_sizeinbase(as<BigInt>(v)->z, 2)));
}

Value int_bit_count(Args& a) {
  check_self(a, false, "bit_count");
  check_nargs(a, 1, "bit_count");
  Z z(a.v[0]);
  mpz_abs(z, z);
  return make_int(static_cast<int64_t>(mpz_popcount(z)));
}

Value int_conjugate(Args& a) {
  check_self(a, false, "conjugate");
  check_nargs(a, 1, "conjugate");
  return a.v[0].is_bool() ? make_int(a.v[0].b ? 1 : 0) : a.v[0];
}

Value int_as_integer_ratio(Args& a) {
  check_self(a, false, "as_integer_ratio");
  check_nargs(a, 1, "as_integer_ratio");
  Value n = a.v[0].is_bool() ? make_int(a.v[0].b ? 1 : 0) : a.v[0];
  return make_obj(new_tuple({n, make_int(1)}));
}

// The arguments of to_bytes/from_bytes: (first, byteorder='big', *,
// signed=False), positional or by keyword, with CPython's messages.
struct BytesArgs {
  Value first;
  bool little = false;
  bool is_signed = false;
};

BytesArgs bytes_args(Args& a, const char* fname, const char* first_name, int self_args) {
  BytesArgs r;
  int npos = a.n - self_args;
  if (npos > 2) raisef(exc_types().TypeError, "%s() takes at most 2 positional arguments (%d given)", fname, npos);
  Value order;
  if (npos > 0) r.first = a.v[self_args];
  if (npos > 1) order = a.v[self_args + 1];
  Value sign;
  for (int i = 0; i < a.nkw(); ++i) {
    const std::string& k = as_str(a.kwnames->items[i])->s;
    Value v = a.kw(i);
    if (k == first_name && npos < 1) r.first = v;
    else if (k == "byteorder" && npos < 2) order = v;
    else if (k == "signed") sign = v;
    else if (k == first_name || k == "byteorder")
      raisef(exc_types().TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k.c_str(),
             k == first_name ? 1 : 2);
    else raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for %s()", k.c_str(), fname);
  }
  if (!order.is_undef()) {
    if (!is_str(order))
      raisef(exc_types().TypeError, "%s() argument 'byteorder' must be str, not %s", fname, type_name(order).c_str());
    const std::string& o = as_str(order)->s;
    if (o == "little") r.little = true;
    else if (o != "big") raise(exc_types().ValueError, "byteorder must be either 'little' or 'big'");
  }
  r.is_signed = !sign.is_undef() && truthy(sign);
  return r;
}

Value int_to_bytes(Args& a) {
  check_self(a, false, "to_bytes");
  BytesArgs args = bytes_args(a, "to_bytes", "length", 1);
  int64_t length = args.first.is_undef() ? 1 : index_ssize(args.first, exc_types().OverflowError);
  if (length < 0) raise(exc_types().ValueError, "length argument must be non-negative");
  Z z(a.v[0]);
  if (mpz_sgn(z) < 0 && !args.is_signed) raise(exc_types().OverflowError, "can't convert negative int to unsigned");
  // Fits when -2**(8n-1) <= v < 2**(8n-1) (signed) or v < 2**(8n) (unsigned).
  size_t bits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
  if (args.is_signed) {
    Z limit;
    mpz_set_ui(limit, 1);
    if (length > 0) mpz_mul_2exp(limit, limit, static_cast<mp_bitcnt_t>(8 * length - 1));
    bool fits = length > 0 && (mpz_sgn(z) >= 0 ? mpz_cmp(z, limit) < 0 : mpz_cmpabs(z, limit) <= 0);
    if (!fits && mpz_sgn(z) != 0) raise(exc_types().OverflowError, "int too big to convert");
    if (mpz_sgn(z) < 0) {
      mpz_mul_2exp(limit, limit, 1);  // two's complement: v + 2**(8n)
      mpz_add(z, z, limit);
    }
  } else if (bits > static_cast<size_t>(length) * 8) {
    raise(exc_types().OverflowError, "int too big to convert");
  }
  check_allocation(static_cast<uint64_t>(length));
  std::string out(static_cast<size_t>(length), '\0');
  size_t count = 0;
  if (mpz_sgn(z) != 0) {
    std::string tmp((mpz_sizeinbase(z, 2) + 7) / 8, '\0');
    mpz_export(tmp.data(), &count, 1, 1, 1, 0, z);  // big-endian, most significant first
    std::copy(tmp.begin(), tmp.begin() + static_cast<std::ptrdiff_t>(count),
              out.end() - static_cast<std::ptrdiff_t>(count));
  }
  if (args.little) std::reverse(out.begin(), out.end());
  return bytes_value(std::move(out));
}

Value int_from_bytes(Args& a) {
  // A classmethod: a.v[0] is the class.
  BytesArgs args = bytes_args(a, "from_bytes", "bytes", 1);
  if (args.first.is_undef()) raise(exc_types().TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  std::string data = as<Bytes>(object_bytes(args.first))->data;
  if (args.little) std::reverse(data.begin(), data.end());
  Z z;
  if (!data.empty()) mpz_import(z, data.size(), 1, 1, 1, 0, data.data());
  if (args.is_signed && !data.empty() && (static_cast<unsigned char>(data[0]) & 0x80)) {
    Z limit;
    mpz_set_ui(limit, 1);
    mpz_mul_2exp(limit, limit, static_cast<mp_bitcnt_t>(8 * data.size()));
    mpz_sub(z, z, limit);
  }
  return int_from_mpz(z.z);
}

// The conversion and rounding dunders of int and float: what int(),
// float(), abs(), round(), math.floor/ceil/trunc and divmod() find on them.
Value as_plain_int(Value v) { return v.is_bool() ? make_int(v.b ? 1 : 0) : v; }

// Slot wrappers' arity message: "expected 0 arguments, got 1".
void check_dunder_args(Args& a, int n) {
  if (a.nkw()) raise(exc_types().TypeError, "wrapper takes no keyword arguments");
  if (a.n != n) raisef(exc_types().TypeError, "expected %d argument%s, got %d", n - 1, n == 2 ? "" : "s", a.n - 1);
}

Value int_to_int(Args& a) {
  check_self(a, false, a.callee ? a.callee->name : "__int__");
  check_dunder_args(a, 1);
  return as_plain_int(a.v[0]);
}
Value int_float(Args& a) {
  check_self(a, false, "__float__");
  check_dunder_args(a, 1);
  return float_convert(a.v[0]);
}
Value int_abs(Args& a) {
  check_self(a, false, "__abs__");
  check_dunder_args(a, 1);
  Value v = as_plain_int(a.v[0]);
  return number_compare(v, make_int(0)) < 0 ? number_negative(v) : v;
}
Value number_round(Args& a) {
  if (a.n < 1 || a.n > 2) raisef(exc_types().TypeError, "__round__ expected at most 1 argument, got %d", a.n - 1);
  return round_number(a.v[0], a.n > 1 ? a.v[1] : make_none());
}
// divmod(self, other) or, reflected, divmod(other, self); NotImplemented
// for an operand the type cannot take (int: ints; float: numbers).
Value number_divmod_impl(Args& a, bool reflected, bool want_float) {
  check_self(a, want_float, reflected ? "__rdivmod__" : "__divmod__");
  check_dunder_args(a, 2);
  Value other = a.v[1];
  if (!(want_float ? is_number(other) : is_int_like(other))) return not_implemented();
  Value x = reflected ? other : a.v[0], y = reflected ? a.v[0] : other;
  if ((x.is_float() || y.is_float()) && to_double(y) == 0.0) raise(exc_types().ZeroDivisionError, "float divmod()");
  Value q = number_binary(static_cast<int>(BinOpKind::FloorDiv), x, y);
  Value r = number_binary(static_cast<int>(BinOpKind::Mod), x, y);
  return make_obj(new_tuple({q, r}));
}
Value int_divmod(Args& a) { return number_divmod_impl(a, false, false); }
Value int_rdivmod(Args& a) { return number_divmod_impl(a, true, false); }
Value float_divmod(Args& a) { return number_divmod_impl(a, false, true); }
Value float_rdivmod(Args& a) { return number_divmod_impl(a, true, true); }

// __int__/__trunc__, __floor__ and __ceil__ of float: rounded, then int().
template <double (*Round)(double)>
Value float_rounded_int(Args& a) {
  check_self(a, true, a.callee ? a.callee->name : "__int__");
  check_dunder_args(a, 1);
  return int_convert(make_float(Round(a.v[0].f)));
}
double trunc_double(double d) { return std::trunc(d); }
double floor_double(double d) { return std::floor(d); }
double ceil_double(double d) { return std::ceil(d); }

Value float_float(Args& a) {
  check_self(a, true, "__float__");
  check_dunder_args(a, 1);
  return a.v[0];
}
Value float_abs(Args& a) {
  check_self(a, true, "__abs__");
  check_dunder_args(a, 1);
  return make_float(std::fabs(a.v[0].f));
}

Value float_is_integer(Args& a) {
  check_self(a, true, "is_integer");
  check_nargs(a, 1, "is_integer");
  double d = a.v[0].f;
  return make_bool(std::isfinite(d) && std::floor(d) == d);
}

Value float_conjugate(Args& a) {
  check_self(a, true, "conjugate");
  check_nargs(a, 1, "conjugate");
  return a.v[0];
}

Value float_as_integer_ratio(Args& a) {
  check_self(a, true, "as_integer_ratio");
  check_nargs(a, 1, "as_integer_ratio");
  double d = a.v[0].f;
  if (std::isinf(d)) raise(exc_types().OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) raise(exc_types().ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  Z num, den;
  mpz_set_d(num, m);
  mpz_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  // Reduce: den is a power of two.
  while (mpz_cmp_ui(den, 1) > 0 && mpz_even_p(num)) {
    mpz_tdiv_q_2exp(num, num, 1);
    mpz_tdiv_q_2exp(den, den, 1);
  }
  Value n = int_from_mpz(num.z);
  Value dd = int_from_mpz(den.z);
  return make_obj(new_tuple({n, dd}));
}

Value float_hex(Args& a) {
  check_self(a, true, "hex");
  check_nargs(a, 1, "hex");
  double d = a.v[0].f;
  if (std::isnan(d)) return str_value("nan");
  if (std::isinf(d)) return str_value(d < 0 ? "-inf" : "inf");
  if (d == 0) return str_value(std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
  // CPython: 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<...>p-1022.
  std::string out = std::signbit(d) ? "-" : "";
  double m = std::fabs(d);
  int e;
  std::frexp(m, &e);  // m = f * 2**e, f in [0.5, 1)
  int exp = e - 1;
  if (exp < -1022) exp = -1022;
  double f = std::ldexp(m, -exp);  // in [1, 2) or [0, 1) for subnormals
  int lead = static_cast<int>(f);
  f -= lead;
  out += "0x";
  out += static_cast<char>('0' + lead);
  out += '.';
  static const char* hexd = "0123456789abcdef";
  for (int i = 0; i < 13; ++i) {
    f *= 16.0;
    int dgt = static_cast<int>(f);
    f -= dgt;
    out += hexd[dgt];
  }
  out += 'p';
  out += exp >= 0 ? "+" : "-";
  out += std::to_string(exp >= 0 ? exp : -exp);
  return str_value(out);
}

// float.fromhex(s): CPython's grammar (whitespace, sign, "inf"/"infinity"/
// "nan", an optional 0x, hex digits with an optional point, an optional
// binary exponent); the value itself is rounded by strtod, which reads the
// same hexadecimal notation with the same round-half-even rule.
Value float_fromhex_value(Args& a);
// A class method: a subclass gets cls(value), as CPython's float_fromhex.
Value float_fromhex(Args& a) {
  Value r = float_fromhex_value(a);
  if (a.v[0].is_obj() && a.v[0].o != types().float_) return call1(a.v[0], r);
  return r;
}

Value float_fromhex_value(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "float.fromhex() takes no keyword arguments");
  if (a.n != 2) raisef(exc_types().TypeError, "fromhex() takes exactly one argument (%d given)", a.n - 1);
  if (!is_str(a.v[1])) raise(exc_types().TypeError, "bad argument type for built-in operation");
  const std::string& s = as_str(a.v[1])->s;
  auto invalid = []() { raise(exc_types().ValueError, "invalid hexadecimal floating-point string"); };
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  size_t b = 0, e = s.size();
  while (b < e && space(s[b])) ++b;
  while (e > b && space(s[e - 1])) --e;
  std::string body = s.substr(b, e - b);
  bool neg = false;
  size_t p = 0;
  if (p < body.size() && (body[p] == '+' || body[p] == '-')) neg = body[p++] == '-';
  std::string rest = body.substr(p);
  std::string lower;
  for (char c : rest) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (lower == "inf" || lower == "infinity") return make_float(neg ? -HUGE_VAL : HUGE_VAL);
  if (lower == "nan") return make_float(neg ? -NAN : NAN);
  if (lower.rfind("0x", 0) == 0) lower = lower.substr(2);
  // Validate: hexdigits [. hexdigits] [p [sign] digits], at least one digit.
  size_t i = 0, digits = 0;
  while (i < lower.size() && std::isxdigit(static_cast<unsigned char>(lower[i]))) ++i, ++digits;
  if (i < lower.size() && lower[i] == '.') {
    ++i;
    while (i < lower.size() && std::isxdigit(static_cast<unsigned char>(lower[i]))) ++i, ++digits;
  }
  if (!digits) invalid();
  if (i < lower.size() && lower[i] == 'p') {
    ++i;
    if (i < lower.size() && (lower[i] == '+' || lower[i] == '-')) ++i;
    size_t start = i;
    while (i < lower.size() && lower[i] >= '0' && lower[i] <= '9') ++i;
    if (i == start) invalid();
  }
  if (i != lower.size()) invalid();
  std::string text = "0x" + lower;
  errno = 0;
  double d = std::strtod(text.c_str(), nullptr);
  if (std::isinf(d)) raise(exc_types().OverflowError, "hexadecimal value too large to represent as a float");
  return make_float(neg ? -d : d);
}

}  // namespace

void init_number_methods() {
  BuiltinTypes& t = types();
  t.int_->ctor = int_ctor;
  t.float_->ctor = float_ctor;
  t.bool_->ctor = bool_ctor;
  add_method(t.int_, "bit_length", int_bit_length);
  add_method(t.int_, "bit_count", int_bit_count);
  add_method(t.int_, "conjugate", int_conjugate);
  add_method(t.int_, "as_integer_ratio", int_as_integer_ratio);
  add_method(t.int_, "to_bytes", int_to_bytes);
  for (const char* n : {"__index__", "__int__", "__trunc__", "__floor__", "__ceil__"}) add_method(t.int_, n, int_to_int);
  add_method(t.int_, "__float__", int_float);
  add_method(t.int_, "__abs__", int_abs);
  add_method(t.int_, "__round__", number_round);
  add_method(t.int_, "__divmod__", int_divmod);
  add_method(t.int_, "__rdivmod__", int_rdivmod);
  for (const char* n : {"__int__", "__trunc__"}) add_method(t.float_, n, float_rounded_int<trunc_double>);
  add_method(t.float_, "__floor__", float_rounded_int<floor_double>);
  // float.__getformat__('double' | 'float'): the storage format, which
  // test.support checks at import.
  add_classmethod(t.float_, "__getformat__", [](Args& a) -> Value {
    if (a.n != 2 || !is_str(a.v[1]))
      raise(exc_types().TypeError, "__getformat__() argument must be str");
    const std::string& k = as_str(a.v[1])->s;
    if (k != "double" && k != "float") raise(exc_types().ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return str_value("IEEE, little-endian");
  });
  add_method(t.float_, "__ceil__", float_rounded_int<ceil_double>);
  add_method(t.float_, "__float__", float_float);
  add_method(t.float_, "__abs__", float_abs);
  add_method(t.float_, "__round__", number_round);
  add_method(t.float_, "__divmod__", float_divmod);
  add_method(t.float_, "__rdivmod__", float_rdivmod);
  add_classmethod(t.int_, "from_bytes", int_from_bytes);
  add_method(t.float_, "is_integer", float_is_integer);
  add_method(t.float_, "conjugate", float_conjugate);
  add_method(t.float_, "as_integer_ratio", float_as_integer_ratio);
  add_method(t.float_, "hex", float_hex);
  add_classmethod(t.float_, "fromhex", float_fromhex);
}

}  // namespace coil::rt
