// The math module: CPython's functions and error behaviour (math domain error
// / math range error), big-int aware where CPython is (floor, ceil, trunc,
// log of huge ints, gcd, lcm, factorial, comb, perm, isqrt).
#include <gmp.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "parser/ast.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/mpz.h"
#include "runtime/numbers.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

[[noreturn]] void domain_error() { raise(exc_types().ValueError, "math domain error"); }
[[noreturn]] void range_error() { raise(exc_types().OverflowError, "math range error"); }

// CPython's messages: functions of one argument (METH_O) and the keyword
// error name the module ("math.floor()"); the argument-clinic arity
// errors do not ("pow expected 2 arguments").
void check_args(Args& a, const char* name, int min, int max) {
  if (a.nkw()) raisef(exc_types().TypeError, "%s%s() takes no keyword arguments", std::strcmp(name, "log") ? "math." : "", name);
  if (a.n >= min && a.n <= max) return;
  if (min == 1 && max == 1)
    raisef(exc_types().TypeError, "math.%s() takes exactly one argument (%d given)", name, a.n);
  if (min == max) raisef(exc_types().TypeError, "%s expected %d arguments, got %d", name, min, a.n);
  if (a.n < min) raisef(exc_types().TypeError, "%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", a.n);
  raisef(exc_types().TypeError, "%s expected at most %d arguments, got %d", name, max, a.n);
}

bool has_special(Value v, const char* name) {
  Value m = lookup_special(v, intern(name));
  return !m.is_undef() && !m.is_none();
}

// A real-number argument, as PyFloat_AsDouble.
double num_arg(Value v) {
  if (is_number(v)) return to_double(v);
  if (!is_str(v) && (has_special(v, "__float__") || has_special(v, "__index__"))) return float_convert(v).f;
  raisef(exc_types().TypeError, "must be real number, not %s", type_name(v).c_str());
}

// An integer argument (ints, bools and objects with __index__).
Value int_arg(Value v) {
  if (v.is_bool()) return make_int(v.b ? 1 : 0);
  if (is_int_like(v)) return v;
  if (!v.is_float() && has_special(v, "__index__")) {
    Value r = call0(lookup_special(v, intern("__index__")));
    if (is_int_like(r)) return r.is_bool() ? make_int(r.b ? 1 : 0) : r;
    raisef(exc_types().TypeError, "__index__ returned non-int (type %s)", type_name(r).c_str());
  }
  raisef(exc_types().TypeError, "'%s' object cannot be interpreted as an integer", type_name(v).c_str());
}

// CPython's math_1: NaN from a non-NaN is a domain error, an infinity from a
// finite argument a range error (or a domain error when it is a pole).
Value math_1(Args& a, const char* name, double (*f)(double), bool can_overflow) {
  check_args(a, name, 1, 1);
  double x = num_arg(a.v[0]);
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return make_float(r);
}

#define MATH_1(cname, fn, overflow) \
  Value m_##cname(Args& a) { return math_1(a, #cname, [](double x) { return fn(x); }, overflow); }

MATH_1(sqrt, std::sqrt, false)
MATH_1(exp, std::exp, true)
MATH_1(exp2, std::exp2, true)
MATH_1(expm1, std::expm1, true)
MATH_1(fabs, std::fabs, false)
MATH_1(sin, std::sin, false)
MATH_1(cos, std::cos, false)
MATH_1(tan, std::tan, false)
MATH_1(asin, std::asin, false)
MATH_1(acos, std::acos, false)
MATH_1(atan, std::atan, false)
MATH_1(sinh, std::sinh, true)
MATH_1(cosh, std::cosh, true)
MATH_1(tanh, std::tanh, false)
MATH_1(asinh, std::asinh, false)
MATH_1(acosh, std::acosh, false)
MATH_1(atanh, std::atanh, false)
MATH_1(log1p, std::log1p, false)
MATH_1(cbrt, std::cbrt, false)
MATH_1(erf, std::erf, false)
MATH_1(erfc, std::erfc, false)

// CPython's own gamma and lgamma (Lanczos approximation), so that results
// match CPython bit for bit rather than the C library's.
constexpr double kPiG = 3.141592653589793238462643383279502884;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
                                           1925.0, 66.0, 1.0};
constexpr int kNGammaIntegral = 23;
constexpr double kGammaIntegral[kNGammaIntegral] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
    355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0), r = 0;
  switch (static_cast<int>(std::round(2.0 * y))) {
    case 0: r = std::sin(kPiG * y); break;
    case 1: r = std::cos(kPiG * (y - 0.5)); break;
    case 2: r = std::sin(kPiG * (1.0 - y)); break;
    case 3: r = -std::cos(kPiG * (y - 1.5)); break;
    default: r = std::sin(kPiG * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

Value m_gamma(Args& a) {
  check_args(a, "gamma", 1, 1);
  double x = num_arg(a.v[0]);
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return make_float(x);
    domain_error();
  }
  if (x == 0.0) domain_error();
  if (x == std::floor(x)) {
    if (x < 0.0) domain_error();
    if (x <= kNGammaIntegral) return make_float(kGammaIntegral[static_cast<int>(x) - 1]);
  }
  double absx = std::fabs(x), r;
  if (absx < 1e-20) {
    r = 1.0 / x;
    if (std::isinf(r)) range_error();
    return make_float(r);
  }
  if (absx > 200.0) {
    if (x < 0.0) return make_float(0.0 / sinpi(x));
    range_error();
  }
  double y = absx + kLanczosGMinusHalf, z;
  if (absx > kLanczosGMinusHalf) {
    volatile double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    volatile double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  if (x < 0.0) {
    r = -kPiG / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) range_error();
  return make_float(r);
}

Value m_lgamma(Args& a) {
  check_args(a, "lgamma", 1, 1);
  double x = num_arg(a.v[0]);
  if (!std::isfinite(x)) return make_float(std::isnan(x) ? x : HUGE_VAL);
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) domain_error();
    return make_float(0.0);
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return make_float(-std::log(absx));
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) range_error();
  return make_float(r);
}

// floor / ceil / trunc: ints unchanged, floats to (big) ints, else the
// object's __floor__ / __ceil__ / __trunc__.
Value rounding(Args& a, const char* name, const char* special, double (*f)(double)) {
  check_args(a, name, 1, 1);
  Value v = a.v[0];
  if (v.is_bool()) return make_int(v.b ? 1 : 0);
  if (is_int_like(v)) return v;
  if (v.is_float()) return float_to_int(f(v.f));
  Value m = lookup_special(v, intern(special));
  if (!m.is_undef() && !m.is_none()) return call0(m);
  return float_to_int(f(num_arg(v)));
}

Value m_floor(Args& a) { return rounding(a, "floor", "__floor__", [](double x) { return std::floor(x); }); }
Value m_ceil(Args& a) { return rounding(a, "ceil", "__ceil__", [](double x) { return std::ceil(x); }); }
Value m_trunc(Args& a) {
  check_args(a, "trunc", 1, 1);
  Value v = a.v[0];
  if (v.is_bool()) return make_int(v.b ? 1 : 0);
  if (is_int_like(v)) return v;
  if (v.is_float()) return float_to_int(std::trunc(v.f));
  Value m = lookup_special(v, intern("__trunc__"));
  if (!m.is_undef() && !m.is_none()) return call0(m);
  raisef(exc_types().TypeError, "type %s doesn't define __trunc__ method", type_name(v).c_str());
}

// log of a real or (huge) int, via frexp for ints beyond float range.
double log_helper(Value v, double (*f)(double)) {
  if (is_int_like(v)) {
    if (int_sign(v) <= 0) domain_error();
    Z z(v);
    if (mpz_sizeinbase(z, 2) > 1000) {
      long e;
      double m = mpz_get_d_2exp(&e, z);
      return f(m) + static_cast<double>(e) * f(2.0);
    }
  }
  double x = num_arg(v);
  if (std::isnan(x)) return x;
  if (x <= 0) domain_error();
  return f(x);
}

Value m_log(Args& a) {
  if (!a.nkw() && (a.n < 1 || a.n > 2)) raise(exc_types().TypeError, "math.log requires 1 to 2 arguments");
  check_args(a, "log", 1, 2);
  double num = log_helper(a.v[0], [](double x) { return std::log(x); });
  if (a.n == 1) return make_float(num);
  double den = log_helper(a.v[1], [](double x) { return std::log(x); });
  if (den == 0) raise(exc_types().ZeroDivisionError, "float division by zero");
  return make_float(num / den);
}
Value m_log2(Args& a) {
  check_args(a, "log2", 1, 1);
  return make_float(log_helper(a.v[0], [](double x) { return std::log2(x); }));
}
Value m_log10(Args& a) {
  check_args(a, "log10", 1, 1);
  return make_float(log_helper(a.v[0], [](double x) { return std::log10(x); }));
}

Value m_pow(Args& a) {
  check_args(a, "pow", 2, 2);
  double x = num_arg(a.v[0]), y = num_arg(a.v[1]);
  double r = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) r = y == 0. ? 1. : x;
    else if (std::isnan(y)) r = x == 1. ? 1. : y;
    else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.) r = odd_y ? x : std::fabs(x);
      else if (y == 0.) r = 1.;
      else r = odd_y ? std::copysign(0., x) : 0.;
    } else {  // y infinite
      if (std::fabs(x) == 1.0) r = 1.;
      else if (y > 0. && std::fabs(x) > 1.0) r = y;
      else if (y < 0. && std::fabs(x) < 1.0) r = -y;
      else r = 0.;
    }
    return make_float(r);
  }
  r = std::pow(x, y);
  if (std::isnan(r)) domain_error();
  if (std::isinf(r)) {
    if (x == 0.) domain_error();
    range_error();
  }
  return make_float(r);
}

Value m_atan2(Args& a) {
  check_args(a, "atan2", 2, 2);
  return make_float(std::atan2(num_arg(a.v[0]), num_arg(a.v[1])));
}

Value m_copysign(Args& a) {
  check_args(a, "copysign", 2, 2);
  return make_float(std::copysign(num_arg(a.v[0]), num_arg(a.v[1])));
}

Value m_fmod(Args& a) {
  check_args(a, "fmod", 2, 2);
  double x = num_arg(a.v[0]), y = num_arg(a.v[1]);
  if (std::isinf(y) && std::isfinite(x)) return make_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  return make_float(r);
}

Value m_remainder(Args& a) {
  check_args(a, "remainder", 2, 2);
  double x = num_arg(a.v[0]), y = num_arg(a.v[1]);
  if (std::isnan(x)) return make_float(x);
  if (std::isnan(y)) return make_float(y);
  if (std::isinf(x) || y == 0) domain_error();
  if (std::isinf(y)) return make_float(x);
  return make_float(std::remainder(x, y));
}

// CPython 3.11's vector_norm: an accurate sqrt of a sum of squares, with
// the same rounding as CPython's hypot() and dist().
double vector_norm(size_t n, double* vec, double max, bool found_nan) {
  const double T27 = 134217729.0;  // ldexp(1.0, 27) + 1.0
  double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  double t, hi, lo, h;
  int max_e;
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
    return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
  }
  scale = std::ldexp(1.0, -max_e);
  for (size_t i = 0; i < n; i++) {
    x = vec[i];
    x *= scale;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    frac3 += lo * lo;
  }
  h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  x = h;
  t = x * T27;
  hi = t - (t - x);
  lo = x - hi;
  x = -hi * hi;
  oldcsum = csum;
  csum += x;
  frac1 += (oldcsum - csum) + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum += x;
  frac2 += (oldcsum - csum) + x;
  x = -lo * lo;
  oldcsum = csum;
  csum += x;
  frac3 += (oldcsum - csum) + x;
  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

Value m_hypot(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "math.hypot() takes no keyword arguments");
  std::vector<double> xs;
  double maxv = 0;
  bool found_nan = false;
  for (int i = 0; i < a.n; ++i) {
    double x = std::fabs(num_arg(a.v[i]));
    xs.push_back(x);
    found_nan |= std::isnan(x);
    if (x > maxv) maxv = x;
  }
  return make_float(vector_norm(xs.size(), xs.data(), maxv, found_nan));
}

Value m_dist(Args& a) {
  check_args(a, "dist", 2, 2);
  std::vector<Value> p, q;
  collect_values(a.v[0], p);
  collect_values(a.v[1], q);
  if (p.size() != q.size()) raise(exc_types().ValueError, "both points must have the same number of dimensions");
  std::vector<Value> diffs;
  for (size_t i = 0; i < p.size(); ++i) diffs.push_back(make_float(num_arg(p[i]) - num_arg(q[i])));
  Args b{diffs.data(), static_cast<int>(diffs.size())};
  return m_hypot(b);
}

constexpr double kPi = 3.141592653589793238462643383279502884;

Value m_degrees(Args& a) {
  check_args(a, "degrees", 1, 1);
  return make_float(num_arg(a.v[0]) * (180.0 / kPi));
}
Value m_radians(Args& a) {
  check_args(a, "radians", 1, 1);
  return make_float(num_arg(a.v[0]) * (kPi / 180.0));
}

Value m_isfinite(Args& a) {
  check_args(a, "isfinite", 1, 1);
  return make_bool(std::isfinite(num_arg(a.v[0])));
}
Value m_isinf(Args& a) {
  check_args(a, "isinf", 1, 1);
  return make_bool(std::isinf(num_arg(a.v[0])));
}
Value m_isnan(Args& a) {
  check_args(a, "isnan", 1, 1);
  return make_bool(std::isnan(num_arg(a.v[0])));
}

Value m_isclose(Args& a) {
  double rel_tol = 1e-09, abs_tol = 0.0;
  for (int i = 0; i < a.nkw(); ++i) {
    const std::string& k = as_str(a.kwnames->items[static_cast<size_t>(i)])->s;
    if (k == "rel_tol") rel_tol = num_arg(a.kw(i));
    else if (k == "abs_tol") abs_tol = num_arg(a.kw(i));
    else if ((k == "a" && a.n == 0) || (k == "b" && a.n == 1)) continue;
    else raisef(exc_types().TypeError, "isclose() got an unexpected keyword argument '%s'", k.c_str());
  }
  Value va = a.n > 0 ? a.v[0] : a.kwarg("a");
  Value vb = a.n > 1 ? a.v[1] : a.kwarg("b");
  if (a.n > 2) raisef(exc_types().TypeError, "isclose() takes exactly 2 positional arguments (%d given)", a.n);
  if (va.is_undef()) raise(exc_types().TypeError, "isclose() missing required argument 'a' (pos 1)");
  if (vb.is_undef()) raise(exc_types().TypeError, "isclose() missing required argument 'b' (pos 2)");
  double x = num_arg(va), y = num_arg(vb);
  if (rel_tol < 0.0 || abs_tol < 0.0) raise(exc_types().ValueError, "tolerances must be non-negative");
  if (x == y) return make_bool(true);
  if (std::isinf(x) || std::isinf(y)) return make_bool(false);
  double diff = std::fabs(y - x);
  return make_bool(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol);
}

Value m_gcd(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "math.gcd() takes no keyword arguments");
  Z r;
  for (int i = 0; i < a.n; ++i) {
    Z x(int_arg(a.v[i]));
    mpz_gcd(r, r, x);
  }
  return int_from_mpz(r.z);
}

Value m_lcm(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "math.lcm() takes no keyword arguments");
  Z r;
  mpz_set_ui(r, 1);
  for (int i = 0; i < a.n; ++i) {
    Z x(int_arg(a.v[i]));
    mpz_lcm(r, r, x);
  }
  return int_from_mpz(r.z);
}

unsigned long small_nonneg(Value v, const char* what) {
  if (!v.is_int()) raisef(exc_types().OverflowError, "%s must not exceed %lld", what, static_cast<long long>(INT64_MAX));
  if (v.i > 100000000) raise(exc_types().MemoryError, "");
  return static_cast<unsigned long>(v.i);
}

Value m_factorial(Args& a) {
  check_args(a, "factorial", 1, 1);
  Value n = int_arg(a.v[0]);
  if (int_sign(n) < 0) raise(exc_types().ValueError, "factorial() not defined for negative values");
  if (!n.is_int()) raise(exc_types().OverflowError, "factorial() argument should not exceed 9223372036854775807");
  Z r;
  mpz_fac_ui(r, small_nonneg(n, "factorial() argument"));
  return int_from_mpz(r.z);
}

Value m_comb(Args& a) {
  check_args(a, "comb", 2, 2);
  Value n = int_arg(a.v[0]), k = int_arg(a.v[1]);
  if (int_sign(n) < 0) raise(exc_types().ValueError, "n must be a non-negative integer");
  if (int_sign(k) < 0) raise(exc_types().ValueError, "k must be a non-negative integer");
  Z zn(n), zk(k), r;
  if (mpz_cmp(zk, zn) > 0) return make_int(0);
  // comb(n, k) == comb(n, n - k): use the smaller.
  Z nk;
  mpz_sub(nk, zn, zk);
  if (mpz_cmp(nk, zk) < 0) mpz_set(zk, nk);
  if (!mpz_fits_slong_p(zk)) raisef(exc_types().OverflowError, "min(n - k, k) must not exceed %lld", static_cast<long long>(INT64_MAX));
  // The result has fewer than k * log2(n) bits.
  check_mpz_bits(static_cast<double>(mpz_get_ui(zk)) * static_cast<double>(mpz_sizeinbase(zn, 2)));
  mpz_bin_ui(r, zn, mpz_get_ui(zk));
  return int_from_mpz(r.z);
}

Value m_perm(Args& a) {
  check_args(a, "perm", 1, 2);
  Value n = int_arg(a.v[0]);
  if (a.n == 1 || a.v[1].is_none()) {  // perm(n) is factorial(n), errors included
    Args b{a.v, 1};
    return m_factorial(b);
  }
  Value k = int_arg(a.v[1]);
  if (int_sign(n) < 0) raise(exc_types().ValueError, "n must be a non-negative integer");
  if (int_sign(k) < 0) raise(exc_types().ValueError, "k must be a non-negative integer");
  Z zn(n), zk(k), r, f;
  if (mpz_cmp(zk, zn) > 0) return make_int(0);
  if (!mpz_fits_slong_p(zk)) raisef(exc_types().OverflowError, "k must not exceed %lld", static_cast<long long>(INT64_MAX));
  unsigned long kk = mpz_get_ui(zk);
  if (kk > 100000000) raise(exc_types().MemoryError, "");
  mpz_bin_ui(r, zn, kk);
  mpz_fac_ui(f, kk);
  mpz_mul(r, r, f);
  return int_from_mpz(r.z);
}

Value m_isqrt(Args& a) {
  check_args(a, "isqrt", 1, 1);
  Value n = int_arg(a.v[0]);
  if (int_sign(n) < 0) raise(exc_types().ValueError, "isqrt() argument must be nonnegative");
  Z z(n);
  mpz_sqrt(z, z);
  return int_from_mpz(z.z);
}

Value m_prod(Args& a) {
  if (a.n != 1) raisef(exc_types().TypeError, "prod() takes exactly 1 positional argument (%d given)", a.n);
  Rooted acc(make_int(1));
  for (int i = 0; i < a.nkw(); ++i) {
    const std::string& k = as_str(a.kwnames->items[static_cast<size_t>(i)])->s;
    if (k != "start") raisef(exc_types().TypeError, "prod() got an unexpected keyword argument '%s'", k.c_str());
    acc.set(a.kw(i));
  }
  RootedVector items;
  collect_values(a.v[0], items);
  for (Value x : items) acc.set(binary_op(static_cast<int>(ast::BinOpKind::Mult), acc.get(), x));
  return acc.get();
}

// Shewchuk's exact summation, as CPython's math_fsum.
Value m_fsum(Args& a) {
  check_args(a, "fsum", 1, 1);
  RootedVector items;
  collect_values(a.v[0], items);
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  for (Value item : items) {
    double x = num_arg(item);
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) raise(exc_types().OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise(exc_types().ValueError, "-inf + inf in fsum");
    return make_float(special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return make_float(hi);
}

Value m_modf(Args& a) {
  check_args(a, "modf", 1, 1);
  double x = num_arg(a.v[0]);
  if (std::isinf(x)) return make_obj(new_tuple({make_float(std::copysign(0.0, x)), make_float(x)}));
  if (std::isnan(x)) return make_obj(new_tuple({make_float(x), make_float(x)}));
  double ip;
  double fp = std::modf(x, &ip);
  return make_obj(new_tuple({make_float(fp), make_float(ip)}));
}

Value m_frexp(Args& a) {
  check_args(a, "frexp", 1, 1);
  double x = num_arg(a.v[0]);
  int e = 0;
  double m = x;
  if (std::isfinite(x) && x != 0) m = std::frexp(x, &e);
  return make_obj(new_tuple({make_float(m), make_int(e)}));
}

Value m_ldexp(Args& a) {
  check_args(a, "ldexp", 2, 2);
  double x = num_arg(a.v[0]);
  Value iv = a.v[1];
  if (!is_int_like(iv)) raise(exc_types().TypeError, "Expected an int as second argument to ldexp.");
  long e;
  if (iv.is_int()) e = static_cast<long>(std::clamp<int64_t>(iv.i, -100000, 100000));
  else if (iv.is_bool()) e = iv.b;
  else e = int_sign(iv) < 0 ? -100000 : 100000;
  if (x == 0 || !std::isfinite(x)) return make_float(x);
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) range_error();
  return make_float(r);
}

Value m_nextafter(Args& a) {
  check_args(a, "nextafter", 2, 2);
  return make_float(std::nextafter(num_arg(a.v[0]), num_arg(a.v[1])));
}

Value m_ulp(Args& a) {
  check_args(a, "ulp", 1, 1);
  double x = num_arg(a.v[0]);
  if (std::isnan(x)) return make_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return make_float(x);
  double x2 = std::nextafter(x, HUGE_VAL);
  if (std::isinf(x2)) {
    x2 = std::nextafter(x, -HUGE_VAL);
    return make_float(x - x2);
  }
  return make_float(x2 - x);
}

}  // namespace

Module* init_math_module() {
  Module* mod = new_module("math");
  auto def = [&](const char* name, NativeFn fn) {
    NativeFunction* f = new_native(name, fn);
    f->qualname = intern(std::string("math.") + name);
    mod->dict->set_str(intern(name), make_obj(f));
  };
  def("sqrt", m_sqrt);
  def("exp", m_exp);
  def("exp2", m_exp2);
  def("expm1", m_expm1);
  def("fabs", m_fabs);
  def("sin", m_sin);
  def("cos", m_cos);
  def("tan", m_tan);
  def("asin", m_asin);
  def("acos", m_acos);
  def("atan", m_atan);
  def("sinh", m_sinh);
  def("cosh", m_cosh);
  def("tanh", m_tanh);
  def("asinh", m_asinh);
  def("acosh", m_acosh);
  def("atanh", m_atanh);
  def("log1p", m_log1p);
  def("cbrt", m_cbrt);
  def("erf", m_erf);
  def("erfc", m_erfc);
  def("gamma", m_gamma);
  def("lgamma", m_lgamma);
  def("floor", m_floor);
  def("ceil", m_ceil);
  def("trunc", m_trunc);
  def("log", m_log);
  def("log2", m_log2);
  def("log10", m_log10);
  def("pow", m_pow);
  def("atan2", m_atan2);
  def("copysign", m_copysign);
  def("fmod", m_fmod);
  def("remainder", m_remainder);
  def("hypot", m_hypot);
  def("dist", m_dist);
  def("degrees", m_degrees);
  def("radians", m_radians);
  def("isfinite", m_isfinite);
  def("isinf", m_isinf);
  def("isnan", m_isnan);
  def("isclose", m_isclose);
  def("gcd", m_gcd);
  def("lcm", m_lcm);
  def("factorial", m_factorial);
  def("comb", m_comb);
  def("perm", m_perm);
  def("isqrt", m_isqrt);
  def("prod", m_prod);
  def("fsum", m_fsum);
  def("modf", m_modf);
  def("frexp", m_frexp);
  def("ldexp", m_ldexp);
  def("nextafter", m_nextafter);
  def("ulp", m_ulp);
  auto constant = [&](const char* name, double v) { mod->dict->set_str(intern(name), make_float(v)); };
  constant("pi", kPi);
  constant("e", 2.718281828459045235360287471352662498);
  constant("tau", 2 * kPi);
  constant("inf", HUGE_VAL);
  constant("nan", NAN);
  return mod;
}

}  // namespace coil::rt
