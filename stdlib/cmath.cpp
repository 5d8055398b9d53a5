// The cmath module: CPython 3.11's algorithms for finite arguments (scaled
// to avoid spurious overflow and underflow, log near |z| = 1 through
// log1p), so results agree to the last bit; for infinite and NaN arguments,
// the C99 Annex G values that CPython's special-value tables hold. Errors
// as CPython: EDOM is
// ValueError("math domain error"), ERANGE OverflowError("math range
// error").
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstring>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/numbers.h"
#include "runtime/objects/complex.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

struct Z {
  double re, im;
};

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;
// Beyond these the textbook formulas overflow in an intermediate.
const double kLarge = DBL_MAX / 4.0;
const double kSqrtLarge = std::sqrt(DBL_MAX / 4.0);
const double kLogLarge = std::log(DBL_MAX / 4.0);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
// 2**kScaleUp makes a subnormal normal; kScaleDown halves it back under sqrt.
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;

// The C99 Annex G values for infinite and NaN arguments, as CPython's
// special-value tables: row by the class of the real part, column by the
// class of the imaginary part (-inf, negative, -0, +0, positive, +inf,
// NaN); two letters an entry: I/i +-inf, N NaN, Z/z +-0, 1/m +-1, P/p +-pi,
// H/h +-pi/2, Q/q +-pi/4, T/t +-3pi/4 (U: never used, finite classes).
// These are 3.11's: later versions changed tanh(+-0 + nan i) and
// acosh(+-0 + nan i).
constexpr char kAcosSpecial[] = "TIPIPIPiPiTiNIHIUUUUUUUUHiNNHIUUHZHzUUHiHNHIUUHZHzUUHiHNHIUUUUUUUUHiNNQIZIZIZiZiQiNININNNNNNNNNiNN";
constexpr char kAcoshSpecial[] = "ItIpIpIPIPITINIhUUUUUUUUIHNNIhUUZhZHUUIHNNIhUUZhZHUUIHNNIhUUUUUUUUIHNNIqIzIzIZIZIQININNNNNNNNNINNN";
constexpr char kAsinhSpecial[] = "iqiziziZiZiQiNihUUUUUUUUiHNNihUUzzzZUUiHNNIhUUZzZZUUIHNNIhUUUUUUUUIHNNIqIzIzIZIZIQININNNNzNZNNINNN";
constexpr char kAtanhSpecial[] = "zhzhzhzHzHzHzNzhUUUUUUUUzHNNzhUUzzzZUUzHzNZhUUZzZZUUZHZNZhUUUUUUUUZHNNZhZhZhZHZHZHZNZhNNNNNNNNZHNN";
constexpr char kCoshSpecial[] = "INUUIZIzUUININNNUUUUUUUUNNNNNZUU1Z1zUUNZNZNZUU1z1ZUUNZNZNNUUUUUUUUNNNNINUUIzIZUUININNNNNNZNZNNNNNN";
constexpr char kExpSpecial[] = "ZZUUZzZZUUZZZZNNUUUUUUUUNNNNNNUU1z1ZUUNNNNNNUU1z1ZUUNNNNNNUUUUUUUUNNNNINUUIzIZUUININNNNNNzNZNNNNNN";
constexpr char kLogSpecial[] = "ItIpIpIPIPITINIhUUUUUUUUIHNNIhUUipiPUUIHNNIhUUiziZUUIHNNIhUUUUUUUUIHNNIqIzIzIZIZIQININNNNNNNNNINNN";
constexpr char kSinhSpecial[] = "INUUiziZUUININNNUUUUUUUUNNNNZNUUzzzZUUZNZNZNUUZzZZUUZNZNNNUUUUUUUUNNNNINUUIzIZUUININNNNNNzNZNNNNNN";
constexpr char kSqrtSpecial[] = "IiZiZiZIZIIINIIiUUUUUUUUIINNIiUUZzZZUUIINNIiUUZzZZUUIINNIiUUUUUUUUIINNIiIzIzIZIZIIINIiNNNNNNNNIINN";
constexpr char kTanhSpecial[] = "mZUUmzmZUUmZmZNNUUUUUUUUNNNNNNUUzzzZUUNNNNNNUUZzZZUUNNNNNNUUUUUUUUNNNN1ZUU1z1ZUU1Z1ZNNNNNzNZNNNNNN";
constexpr char kRectSpecial[] = "INUUiZizUUININNNUUUUUUUUNNNNZZUUzZzzUUZZZZZZUUZzZZUUZZZZNNUUUUUUUUNNNNINUUIzIZUUININNNNNNZNZNNNNNN";

int special_class(double d) {
  if (std::isnan(d)) return 6;
  if (std::isinf(d)) return d > 0 ? 5 : 0;
  if (d == 0) return std::signbit(d) ? 2 : 3;
  return d > 0 ? 4 : 1;
}

double special_value(char c) {
  switch (c) {
    case 'I': return HUGE_VAL;
    case 'i': return -HUGE_VAL;
    case 'Z': return 0.0;
    case 'z': return -0.0;
    case '1': return 1.0;
    case 'm': return -1.0;
    case 'P': return kPi;
    case 'p': return -kPi;
    case 'H': return kPi / 2;
    case 'h': return -kPi / 2;
    case 'Q': return kPi / 4;
    case 'q': return -kPi / 4;
    case 'T': return 0.75 * kPi;
    case 't': return -0.75 * kPi;
    default: return NAN;
  }
}

Z special(const char* table, Z z) {
  const char* e = table + 2 * (7 * special_class(z.re) + special_class(z.im));
  return {special_value(e[0]), special_value(e[1])};
}

bool finite(Z z) { return std::isfinite(z.re) && std::isfinite(z.im); }
Z neg(Z z) { return {-z.re, -z.im}; }
// Multiplication by i and by -i, the rotations that relate sin to sinh.
Z times_i(Z z) { return {-z.im, z.re}; }
Z times_minus_i(Z z) { return {z.im, -z.re}; }

double log1p_signed(double x) { return x == 0.0 ? x : std::log1p(x); }  // keeps -0

// Each function returns its value and sets errno: 0, EDOM or ERANGE.

Z c_sqrt(Z z) {
  errno = 0;
  if (!finite(z)) return special(kSqrtSpecial, z);
  if (z.re == 0.0 && z.im == 0.0) return {0.0, z.im};
  double ax = std::fabs(z.re), ay = std::fabs(z.im), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  errno = 0;
  if (z.re >= 0.0) return {s, std::copysign(d, z.im)};
  return {d, std::copysign(s, z.im)};
}

Z c_log(Z z) {
  errno = 0;
  if (!finite(z)) return special(kLogSpecial, z);
  double ax = std::fabs(z.re), ay = std::fabs(z.im), re;
  if (ax > kLarge || ay > kLarge) {
    re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax == 0.0 && ay == 0.0) {
      errno = EDOM;
      return {-HUGE_VAL, std::atan2(z.im, z.re)};
    }
    re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * kLn2;
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = log1p_signed((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      re = std::log(h);
    }
  }
  Z r{re, std::atan2(z.im, z.re)};
  errno = 0;
  return r;
}

Z c_log10(Z z) {
  Z r = c_log(z);
  int saved = errno;
  r = {r.re / kLn10, r.im / kLn10};
  errno = saved;
  return r;
}

Z c_exp(Z z) {
  Z r;
  if (!finite(z)) {
    if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0) {
      if (z.re > 0) r = {std::copysign(HUGE_VAL, std::cos(z.im)), std::copysign(HUGE_VAL, std::sin(z.im))};
      else r = {std::copysign(0.0, std::cos(z.im)), std::copysign(0.0, std::sin(z.im))};
    } else {
      r = special(kExpSpecial, z);
    }
    errno = std::isinf(z.im) && (std::isfinite(z.re) || (std::isinf(z.re) && z.re > 0)) ? EDOM : 0;
    return r;
  }
  if (z.re > kLogLarge) {
    double l = std::exp(z.re - 1.0);
    r = {l * std::cos(z.im) * kE, l * std::sin(z.im) * kE};
  } else {
    double l = std::exp(z.re);
    r = {l * std::cos(z.im), l * std::sin(z.im)};
  }
  errno = std::isinf(r.re) || std::isinf(r.im) ? ERANGE : 0;
  return r;
}

// cosh and sinh share their shape: f(x+iy) = cos(y) f(x) + i sin(y) g(x).
template <bool Sinh>
Z c_cosh_sinh(Z z) {
  Z r;
  if (!finite(z)) {
    if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0) {
      double c = std::copysign(HUGE_VAL, std::cos(z.im)), s = std::copysign(HUGE_VAL, std::sin(z.im));
      if (z.re > 0) r = {c, s};
      else r = Sinh ? Z{-c, s} : Z{c, -s};
    } else {
      r = special(Sinh ? kSinhSpecial : kCoshSpecial, z);
    }
    errno = std::isinf(z.im) && !std::isnan(z.re) ? EDOM : 0;
    return r;
  }
  auto f = [](double x) { return Sinh ? std::sinh(x) : std::cosh(x); };
  auto g = [](double x) { return Sinh ? std::cosh(x) : std::sinh(x); };
  if (std::fabs(z.re) > kLogLarge) {
    // cosh(x) overflows where cosh(x) * cos(y) may not.
    double x1 = z.re - std::copysign(1.0, z.re);
    r = {std::cos(z.im) * f(x1) * kE, std::sin(z.im) * g(x1) * kE};
  } else {
    r = {std::cos(z.im) * f(z.re), std::sin(z.im) * g(z.re)};
  }
  errno = std::isinf(r.re) || std::isinf(r.im) ? ERANGE : 0;
  return r;
}

Z c_tanh(Z z) {
  Z r;
  if (!finite(z)) {
    if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0)
      r = {z.re > 0 ? 1.0 : -1.0, std::copysign(0.0, 2.0 * std::sin(z.im) * std::cos(z.im))};
    else
      r = special(kTanhSpecial, z);
    errno = std::isinf(z.im) && std::isfinite(z.re) ? EDOM : 0;
    return r;
  }
  if (std::fabs(z.re) > kLogLarge) {
    r = {std::copysign(1.0, z.re), 4.0 * std::sin(z.im) * std::cos(z.im) * std::exp(-2.0 * std::fabs(z.re))};
  } else {
    // (tanh x (1 + tan^2 y) + i tan y sech^2 x) / (1 + tan^2 y tanh^2 x)
    double tx = std::tanh(z.re), ty = std::tan(z.im), cx = 1.0 / std::cosh(z.re);
    double txty = tx * ty, denom = 1.0 + txty * txty;
    r = {tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
  }
  errno = 0;
  return r;
}

Z c_acos(Z z) {
  errno = 0;
  if (!finite(z)) return special(kAcosSpecial, z);
  Z r;
  if (std::fabs(z.re) > kLarge || std::fabs(z.im) > kLarge) {
    r = {std::atan2(std::fabs(z.im), z.re),
         -std::copysign(std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0, z.im)};
  } else {
    Z s1 = c_sqrt({1.0 - z.re, -z.im}), s2 = c_sqrt({1.0 + z.re, z.im});
    r = {2.0 * std::atan2(s1.re, s2.re), std::asinh(s2.re * s1.im - s2.im * s1.re)};
  }
  errno = 0;
  return r;
}

Z c_acosh(Z z) {
  errno = 0;
  if (!finite(z)) return special(kAcoshSpecial, z);
  Z r;
  if (std::fabs(z.re) > kLarge || std::fabs(z.im) > kLarge) {
    r = {std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0, std::atan2(z.im, z.re)};
  } else {
    Z s1 = c_sqrt({z.re - 1.0, z.im}), s2 = c_sqrt({z.re + 1.0, z.im});
    r = {std::asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * std::atan2(s1.im, s2.re)};
  }
  errno = 0;
  return r;
}

Z c_asinh(Z z) {
  errno = 0;
  if (!finite(z)) return special(kAsinhSpecial, z);
  Z r;
  if (std::fabs(z.re) > kLarge || std::fabs(z.im) > kLarge) {
    double l = std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0;
    r.re = z.im >= 0.0 ? std::copysign(l, z.re) : -std::copysign(l, -z.re);
    r.im = std::atan2(z.im, std::fabs(z.re));
  } else {
    Z s1 = c_sqrt({1.0 + z.im, -z.re}), s2 = c_sqrt({1.0 - z.im, z.re});
    r = {std::asinh(s1.re * s2.im - s2.re * s1.im), std::atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
  }
  errno = 0;
  return r;
}

Z c_atanh(Z z) {
  errno = 0;
  if (!finite(z)) return special(kAtanhSpecial, z);
  if (z.re < 0.0) return neg(c_atanh(neg(z)));  // atanh is odd
  double ay = std::fabs(z.im);
  Z r;
  if (z.re > kSqrtLarge || ay > kSqrtLarge) {
    // |z| large: atanh(z) ~ 1/z +- i pi/2.
    double h = std::hypot(z.re / 2.0, z.im / 2.0);
    r = {z.re / 4.0 / h / h, std::copysign(kPi / 2.0, z.im)};
    errno = 0;
  } else if (z.re == 1.0 && ay < kSqrtDblMin) {
    if (ay == 0.0) {  // atanh(1 +- 0i) = inf +- 0i, a pole
      r = {HUGE_VAL, z.im};
      errno = EDOM;
    } else {
      r = {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))), std::copysign(std::atan2(2.0, -ay) / 2, z.im)};
      errno = 0;
    }
  } else {
    r = {log1p_signed(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0,
         -std::atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0};
    errno = 0;
  }
  return r;
}

Z c_asin(Z z) { return times_minus_i(c_asinh(times_i(z))); }  // asin z = -i asinh(iz)
Z c_atan(Z z) { return times_minus_i(c_atanh(times_i(z))); }
Z c_cos(Z z) { return c_cosh_sinh<false>(times_i(z)); }       // cos z = cosh(iz)
Z c_sin(Z z) { return times_minus_i(c_cosh_sinh<true>(times_i(z))); }
Z c_tan(Z z) { return times_minus_i(c_tanh(times_i(z))); }

[[noreturn]] void math_error(int err) {
  if (err == EDOM) raise(exc_types().ValueError, "math domain error");
  if (err == ERANGE) raise(exc_types().OverflowError, "math range error");
  raise(exc_types().ValueError, std::strerror(err));
}

// A complex argument, as PyComplex_AsCComplex: a complex, __complex__, or
// a real number (TypeError "must be real number, not str").
Z arg(Value v) {
  if (is_complex(v)) return {as<Complex>(v)->re, as<Complex>(v)->im};
  Value m = lookup_special(v, intern("__complex__"));
  if (!m.is_undef() && !m.is_none()) {
    Value r = call0(m);
    if (!is_complex(r))
      raisef(exc_types().TypeError, "__complex__ returned non-complex (type %s)", type_name(r).c_str());
    return {as<Complex>(r)->re, as<Complex>(r)->im};
  }
  if (is_number(v)) return {to_double(v), 0.0};
  Value f = lookup_special(v, intern("__float__"));
  Value i = lookup_special(v, intern("__index__"));
  if (!is_str(v) && ((!f.is_undef() && !f.is_none()) || (!i.is_undef() && !i.is_none()))) return {float_convert(v).f, 0.0};
  raisef(exc_types().TypeError, "must be real number, not %s", type_name(v).c_str());
}

double real_arg(Value v) {
  if (is_number(v)) return to_double(v);
  Value f = lookup_special(v, intern("__float__"));
  Value i = lookup_special(v, intern("__index__"));
  if (!is_str(v) && ((!f.is_undef() && !f.is_none()) || (!i.is_undef() && !i.is_none()))) return float_convert(v).f;
  raisef(exc_types().TypeError, "must be real number, not %s", type_name(v).c_str());
}

// One-argument functions (METH_O): "cmath.sqrt() takes exactly one argument".
void check_one(Args& a, const char* name) {
  if (a.nkw()) raisef(exc_types().TypeError, "cmath.%s() takes no keyword arguments", name);
  if (a.n != 1) raisef(exc_types().TypeError, "cmath.%s() takes exactly one argument (%d given)", name, a.n);
}

template <Z (*F)(Z), const char* Name>
Value unary(Args& a) {
  check_one(a, Name);
  Z z = arg(a.v[0]);
  Z r = F(z);
  if (int err = errno) math_error(err);
  return make_complex(r.re, r.im);
}

#define COIL_CMATH_NAME(n) constexpr char k_##n[] = #n;
COIL_CMATH_NAME(sqrt)
COIL_CMATH_NAME(exp)
COIL_CMATH_NAME(log10)
COIL_CMATH_NAME(sin)
COIL_CMATH_NAME(cos)
COIL_CMATH_NAME(tan)
COIL_CMATH_NAME(asin)
COIL_CMATH_NAME(acos)
COIL_CMATH_NAME(atan)
COIL_CMATH_NAME(sinh)
COIL_CMATH_NAME(cosh)
COIL_CMATH_NAME(tanh)
COIL_CMATH_NAME(asinh)
COIL_CMATH_NAME(acosh)
COIL_CMATH_NAME(atanh)
#undef COIL_CMATH_NAME

// log(z[, base]): log(z) / log(base), divided as complex numbers.
Value cm_log(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "log() takes no keyword arguments");
  if (a.n < 1) raisef(exc_types().TypeError, "log expected at least 1 argument, got %d", a.n);
  if (a.n > 2) raisef(exc_types().TypeError, "log expected at most 2 arguments, got %d", a.n);
  Z x = arg(a.v[0]);
  errno = 0;
  Z r = c_log(x);
  int err = errno;
  if (a.n == 2) {
    Z y = arg(a.v[1]);
    Z ly = c_log(y);
    err = errno;  // as CPython: the base's log decides (log(0, 2) is -inf+nanj)
    // The quotient by complex division; a zero divisor (log(1)) is EDOM.
    double ar = std::fabs(ly.re), ai = std::fabs(ly.im);
    if (ar >= ai) {
      if (ar == 0.0) {
        err = EDOM;
      } else {
        double ratio = ly.im / ly.re, denom = ly.re + ly.im * ratio;
        r = {(r.re + r.im * ratio) / denom, (r.im - r.re * ratio) / denom};
      }
    } else if (ai >= ar) {
      double ratio = ly.re / ly.im, denom = ly.re * ratio + ly.im;
      r = {(r.re * ratio + r.im) / denom, (r.im * ratio - r.re) / denom};
    } else {
      r = {NAN, NAN};
    }
  }
  if (err) math_error(err);
  return make_complex(r.re, r.im);
}

// abs() of a complex for polar(): an infinite part wins over a NaN.
double c_abs(Z z, int* err) {
  if (std::isinf(z.re)) return std::fabs(z.re);
  if (std::isinf(z.im)) return std::fabs(z.im);
  if (std::isnan(z.re) || std::isnan(z.im)) return NAN;
  double r = std::hypot(z.re, z.im);
  if (!std::isfinite(r)) *err = ERANGE;
  return r;
}

Value cm_phase(Args& a) {
  check_one(a, "phase");
  Z z = arg(a.v[0]);
  return make_float(std::atan2(z.im, z.re));
}

Value cm_polar(Args& a) {
  check_one(a, "polar");
  Z z = arg(a.v[0]);
  int err = 0;
  double phi = std::atan2(z.im, z.re);
  double r = c_abs(z, &err);
  if (err) math_error(err);
  return make_obj(new_tuple({make_float(r), make_float(phi)}));
}

// rect(r, phi) = r * (cos phi + i sin phi), with C99-spirit special values.
Value cm_rect(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "rect() takes no keyword arguments");
  if (a.n != 2) raisef(exc_types().TypeError, "rect expected 2 arguments, got %d", a.n);
  double r = real_arg(a.v[0]), phi = real_arg(a.v[1]);
  Z z;
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
      double c = std::copysign(HUGE_VAL, std::cos(phi)), s = std::copysign(HUGE_VAL, std::sin(phi));
      z = r > 0 ? Z{c, s} : Z{-c, -s};
    } else {
      z = special(kRectSpecial, {r, phi});
    }
    if (r != 0.0 && !std::isnan(r) && std::isinf(phi)) math_error(EDOM);
  } else if (phi == 0.0) {
    z = {r, r * phi};
  } else {
    z = {r * std::cos(phi), r * std::sin(phi)};
  }
  return make_complex(z.re, z.im);
}

Value cm_isfinite(Args& a) {
  check_one(a, "isfinite");
  Z z = arg(a.v[0]);
  return make_bool(finite(z));
}
Value cm_isnan(Args& a) {
  check_one(a, "isnan");
  Z z = arg(a.v[0]);
  return make_bool(std::isnan(z.re) || std::isnan(z.im));
}
Value cm_isinf(Args& a) {
  check_one(a, "isinf");
  Z z = arg(a.v[0]);
  return make_bool(std::isinf(z.re) || std::isinf(z.im));
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
Value cm_isclose(Args& a) {
  if (a.n > 2) raisef(exc_types().TypeError, "isclose() takes exactly 2 positional arguments (%d given)", a.n);
  Value va = a.n > 0 ? a.v[0] : Value(), vb = a.n > 1 ? a.v[1] : Value(), vr, vt;
  for (int k = 0; k < a.nkw(); ++k) {
    const std::string& key = as_str(a.kwnames->items[k])->s;
    Value* slot = key == "a" ? &va : key == "b" ? &vb : key == "rel_tol" ? &vr : key == "abs_tol" ? &vt : nullptr;
    if (!slot) raisef(exc_types().TypeError, "isclose() got an unexpected keyword argument '%s'", key.c_str());
    if (!slot->is_undef())
      raisef(exc_types().TypeError, "argument for isclose() given by name ('%s') and position (%d)", key.c_str(),
             key == "a" ? 1 : 2);
    *slot = a.kw(k);
  }
  if (va.is_undef()) raise(exc_types().TypeError, "isclose() missing required argument 'a' (pos 1)");
  if (vb.is_undef()) raise(exc_types().TypeError, "isclose() missing required argument 'b' (pos 2)");
  Z x = arg(va), y = arg(vb);
  double rel = vr.is_undef() ? 1e-09 : real_arg(vr), abs_tol = vt.is_undef() ? 0.0 : real_arg(vt);
  if (rel < 0.0 || abs_tol < 0.0) raise(exc_types().ValueError, "tolerances must be non-negative");
  if (x.re == y.re && x.im == y.im) return make_bool(true);  // also equal infinities
  if (std::isinf(x.re) || std::isinf(x.im) || std::isinf(y.re) || std::isinf(y.im)) return make_bool(false);
  int err = 0;
  double diff = c_abs({x.re - y.re, x.im - y.im}, &err);
  return make_bool((diff <= rel * c_abs(y, &err)) || (diff <= rel * c_abs(x, &err)) || diff <= abs_tol);
}

}  // namespace

Module* init_cmath_module() {
  Module* mod = new_module("cmath");
  auto def = [&](const char* name, NativeFn fn) {
    NativeFunction* f = new_native(name, fn);
    f->qualname = intern(std::string("cmath.") + name);
    mod->dict->set_str(intern(name), make_obj(f));
  };
  def("sqrt", unary<c_sqrt, k_sqrt>);
  def("exp", unary<c_exp, k_exp>);
  def("log", cm_log);
  def("log10", unary<c_log10, k_log10>);
  def("sin", unary<c_sin, k_sin>);
  def("cos", unary<c_cos, k_cos>);
  def("tan", unary<c_tan, k_tan>);
  def("asin", unary<c_asin, k_asin>);
  def("acos", unary<c_acos, k_acos>);
  def("atan", unary<c_atan, k_atan>);
  def("sinh", unary<c_cosh_sinh<true>, k_sinh>);
  def("cosh", unary<c_cosh_sinh<false>, k_cosh>);
  def("tanh", unary<c_tanh, k_tanh>);
  def("asinh", unary<c_asinh, k_asinh>);
  def("acosh", unary<c_acosh, k_acosh>);
  def("atanh", unary<c_atanh, k_atanh>);
  def("phase", cm_phase);
  def("polar", cm_polar);
  def("rect", cm_rect);
  def("isfinite", cm_isfinite);
  def("isnan", cm_isnan);
  def("isinf", cm_isinf);
  def("isclose", cm_isclose);
  auto constant = [&](const char* name, Value v) { mod->dict->set_str(intern(name), v); };
  constant("pi", make_float(kPi));
  constant("e", make_float(kE));
  constant("tau", make_float(2 * kPi));
  constant("inf", make_float(HUGE_VAL));
  constant("nan", make_float(NAN));
  constant("infj", make_complex(0.0, HUGE_VAL));
  constant("nanj", make_complex(0.0, NAN));
  return mod;
}

}  // namespace coil::rt
