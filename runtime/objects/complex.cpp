// complex numbers (runtime/objects/complex.h). Mixed arithmetic converts
// the int or float operand to complex(x, 0) first, as CPython 3.11 does, so
// results (signed zeros, NaNs from inf * 0) match it bit for bit.
#include "runtime/objects/complex.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "parser/ast.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/objects/descriptor.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/numbers.h"
#include "runtime/slots.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"

namespace coil::rt {

namespace {

using ast::BinOpKind;

struct C {
  double re, im;
};

C c_prod(C a, C b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// a / b by Smith's method: both parts of b are scaled by the larger one,
// which avoids the overflow of |b|**2. Sets errno to EDOM when b is 0 (the
// callers turn that into their own ZeroDivisionError).
C c_quot(C a, C b) {
  double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
  if (abs_re >= abs_im) {
    if (abs_re == 0.0) {
      errno = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_im >= abs_re) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};  // a part of b is NaN: neither comparison held
}

// x ** n for an integral exponent, |n| <= 100: repeated squaring, then one
// division for a negative n (more accurate than the polar form).
C c_powi(C x, long n) {
  long m = n < 0 ? -n : n;
  C r{1.0, 0.0}, p = x;
  for (long mask = 1; mask > 0 && m >= mask; mask <<= 1) {
    if (m & mask) r = c_prod(r, p);
    p = c_prod(p, p);
  }
  return n > 0 ? r : c_quot(C{1.0, 0.0}, r);
}

// a ** b in polar form. 0 ** b is 0, and EDOM for a negative or complex b.
// The libm calls set errno as C99 says (ERANGE on overflow, EDOM for the
// cosine of an infinite phase), and complex_power reads it, as CPython.
C c_pow(C a, C b) {
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

// An operand of complex arithmetic: complex, or int/float as complex(x, 0);
// false for anything else (the operator then answers NotImplemented).
// OverflowError for an int too big for a float.
bool to_c(Value v, C* out) {
  if (is_complex(v)) {
    *out = {as<Complex>(v)->re, as<Complex>(v)->im};
    return true;
  }
  if (is_number(v)) {
    *out = {to_double(v), 0.0};
    return true;
  }
  return false;
}

Value make(C c) { return make_complex(c.re, c.im); }

// ---------------------------------------------------------------- slots

std::string repr_slot(Value self) { return complex_repr(as<Complex>(self)->re, as<Complex>(self)->im); }

// hash(re) + 1000003 * hash(im), wrapping: complex(x, 0) hashes as x. A
// NaN part hashes as the object's identity, as CPython 3.10+ hashes NaNs.
int64_t hash_slot(Value self) {
  Complex* z = as<Complex>(self);
  auto part = [&](double d) {
    return static_cast<uint64_t>(std::isnan(d) ? object_hash_slot(self) : number_hash(make_float(d)));
  };
  uint64_t hr = part(z->re), hi = part(z->im);
  uint64_t h = hr + 1000003ULL * hi;
  if (h == static_cast<uint64_t>(-1)) h = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(h);
}

// == and != only (ordering raises TypeError in the generic compare). An
// int compares exactly with the real part when the imaginary part is 0.
Value richcompare_slot(Value self, Value other, int op) {
  if (op != kCmpEq && op != kCmpNe) return not_implemented();
  Complex* z = as<Complex>(self);
  bool equal;
  if (is_int_like(other)) {
    equal = z->im == 0.0 && number_equal(make_float(z->re), other);
  } else if (other.is_float()) {
    equal = z->re == other.f && z->im == 0.0;
  } else if (is_complex(other)) {
    equal = z->re == as<Complex>(other)->re && z->im == as<Complex>(other)->im;
  } else {
    return not_implemented();
  }
  return make_bool(equal == (op == kCmpEq));
}

// + - * / ** with complex, int or float on either side; the operands come
// in source order.
Value binary_slot(int op, Value a, Value b) {
  C x, y;
  if (!to_c(a, &x) || !to_c(b, &y)) return not_implemented();
  switch (static_cast<BinOpKind>(op)) {
    case BinOpKind::Add: return make({x.re + y.re, x.im + y.im});
    case BinOpKind::Sub: return make({x.re - y.re, x.im - y.im});
    case BinOpKind::Mult: return make(c_prod(x, y));
    case BinOpKind::Div: {
      errno = 0;
      C q = c_quot(x, y);
      if (errno == EDOM) raise(exc_types().ZeroDivisionError, "complex division by zero");
      return make(q);
    }
    case BinOpKind::Pow: return complex_power(x.re, x.im, y.re, y.im);
    default: return not_implemented();
  }
}

Value negative_slot(Value self) { return make_complex(-as<Complex>(self)->re, -as<Complex>(self)->im); }
Value positive_slot(Value self) { return self; }  // immutable, and never a subclass instance
bool truthy_slot(Value self) { return as<Complex>(self)->re != 0.0 || as<Complex>(self)->im != 0.0; }

// ---------------------------------------------------------------- parsing

bool is_py_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool match_nocase(std::string_view s, size_t pos, std::string_view word) {
  if (s.size() - pos < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if ((s[pos + i] | 0x20) != word[i]) return false;
  return true;
}

// The longest prefix of s[pos..] that is a float literal (CPython's
// PyOS_string_to_double with an end pointer: sign, digits with an optional
// point and exponent, or inf/infinity/nan; no whitespace). Returns its
// length (0: none) and its value in *out; overflow gives an infinity.
size_t float_prefix(std::string_view s, size_t pos, double* out) {
  size_t i = pos;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  size_t digits_begin = i, ndigits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++ndigits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++ndigits;
  }
  if (ndigits == 0) {
    if (match_nocase(s, i = digits_begin, "inf")) {
      i += match_nocase(s, i, "infinity") ? 8 : 3;
      *out = neg ? -HUGE_VAL : HUGE_VAL;
      return i - pos;
    }
    if (match_nocase(s, i, "nan")) {
      *out = neg ? -NAN : NAN;
      return i + 3 - pos;
    }
    return 0;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t e = i + 1;
    if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
    if (e < s.size() && is_digit(s[e])) {
      while (e < s.size() && is_digit(s[e])) ++e;
      i = e;
    }
  }
  std::string text(s.substr(digits_begin, i - digits_begin));
  double d = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
  if (ec == std::errc::result_out_of_range || p != text.data() + text.size())
    d = std::strtod(text.c_str(), nullptr);  // overflow: inf; underflow: 0 or a subnormal
  *out = neg ? -d : d;
  return i - pos;
}

[[noreturn]] void malformed() { raise(exc_types().ValueError, "complex() arg is a malformed string"); }

// complex(str): "<float>", "<float>j", "<float><signed float>j", and the
// old forms "<float><sign>j", "<sign>j", "j"; optional whitespace around,
// and around the whole inside one pair of parentheses (repr's).
Value complex_from_text(std::string_view s) {
  double x = 0.0, y = 0.0, z;
  size_t i = 0;
  while (i < s.size() && is_py_space(s[i])) ++i;
  bool bracket = i < s.size() && s[i] == '(';
  if (bracket) {
    ++i;
    while (i < s.size() && is_py_space(s[i])) ++i;
  }
  auto is_j = [&](size_t k) { return k < s.size() && (s[k] == 'j' || s[k] == 'J'); };
  if (size_t n = float_prefix(s, i, &z)) {
    i += n;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      x = z;
      if (size_t m = float_prefix(s, i, &y)) {
        i += m;
      } else {
        y = s[i] == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (!is_j(i)) malformed();
      ++i;
    } else if (is_j(i)) {
      ++i;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      y = s[i] == '+' ? 1.0 : -1.0;
      ++i;
    } else {
      y = 1.0;
    }
    if (!is_j(i)) malformed();
    ++i;
  }
  while (i < s.size() && is_py_space(s[i])) ++i;
  if (bracket) {
    if (i >= s.size() || s[i] != ')') malformed();
    ++i;
    while (i < s.size() && is_py_space(s[i])) ++i;
  }
  if (i != s.size()) malformed();
  return make_complex(x, y);
}

// Underscores may only stand between digits; they are dropped before
// parsing (CPython's _Py_string_to_number_with_underscores).
Value complex_from_str(Value v) {
  std::string s = decimal_and_space_to_ascii(as_str(v)->view());
  if (s.find('_') == std::string::npos) return complex_from_text(s);
  std::string clean;
  char prev = 0;
  for (char c : s) {
    bool bad = c == '_' ? !is_digit(prev) : (prev == '_' && !is_digit(c)) || c == '\0';
    if (bad) raise(exc_types().ValueError, "could not convert string to complex: " + repr(v));
    if (c != '_') clean += c;
    prev = c;
  }
  if (prev == '_') raise(exc_types().ValueError, "could not convert string to complex: " + repr(v));
  return complex_from_text(clean);
}

// ---------------------------------------------------------------- constructor

bool has_special(Value v, const char* name) {
  Value m = cached_lookup(type_of(v), intern(name));
  return !m.is_undef() && !m.is_none();
}

// What CPython checks before converting: a number slot to convert with.
bool convertible(Value v) {
  return is_number(v) || is_complex(v) || has_special(v, "__float__") || has_special(v, "__index__");
}

// complex(real=0, imag=0).
Value complex_ctor(Args& a) {
  if (a.n > 2) raisef(exc_types().TypeError, "complex() takes at most 2 arguments (%d given)", a.n);
  Value r = a.n > 0 ? a.v[0] : Value(), i = a.n > 1 ? a.v[1] : Value();
  for (int k = 0; k < a.nkw(); ++k) {
    const std::string& key = as_str(a.kwnames->items[k])->s;
    Value* slot = key == "real" ? &r : key == "imag" ? &i : nullptr;
    if (!slot) raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for complex()", key.c_str());
    if (!slot->is_undef())
      raisef(exc_types().TypeError, "argument for complex() given by name ('%s') and position (%d)", key.c_str(),
             key == "real" ? 1 : 2);
    *slot = a.kw(k);
  }
  if (r.is_undef()) r = make_int(0);
  if (is_complex(r) && i.is_undef()) return r;
  if (is_str(r)) {
    if (!i.is_undef()) raise(exc_types().TypeError, "complex() can't take second arg if first is a string");
    return complex_from_str(r);
  }
  if (!i.is_undef() && is_str(i)) raise(exc_types().TypeError, "complex() second arg can't be a string");
  Rooted keep_r(r), keep_i(i);
  Value m = lookup_special(r, intern("__complex__"));
  if (!m.is_undef() && !m.is_none()) {
    r = call0(m);
    if (!is_complex(r))
      raisef(exc_types().TypeError, "__complex__ returned non-complex (type %s)", type_name(r).c_str());
    keep_r.set(r);
  }
  if (!convertible(r))
    raisef(exc_types().TypeError, "complex() first argument must be a string or a number, not '%s'",
           type_name(r).c_str());
  if (!i.is_undef() && !convertible(i))
    raisef(exc_types().TypeError, "complex() second argument must be a number, not '%s'", type_name(i).c_str());
  // complex(r, i) is r + i*1j even when r or i is itself complex.
  C cr{0.0, 0.0}, ci{0.0, 0.0};
  if (is_complex(r)) cr = {as<Complex>(r)->re, as<Complex>(r)->im};
  else cr.re = float_convert(r).f;
  if (i.is_undef()) ci.re = cr.im;
  else if (is_complex(i)) ci = {as<Complex>(i)->re, as<Complex>(i)->im};
  else ci.re = float_convert(i).f;
  if (is_complex(i)) cr.re -= ci.im;
  if (is_complex(r) && !i.is_undef()) ci.re += cr.im;
  return make_complex(cr.re, ci.re);
}

// ---------------------------------------------------------------- methods

Complex* self_of(Args& a, const char* name, int nargs) {
  if (a.nkw()) raisef(exc_types().TypeError, "complex.%s() takes no keyword arguments", name);
  if (a.n < 1) raisef(exc_types().TypeError, "unbound method complex.%s() needs an argument", name);
  if (!is_complex(a.v[0]))
    raisef(exc_types().TypeError, "descriptor '%s' for 'complex' objects doesn't apply to a '%s' object", name,
           type_name(a.v[0]).c_str());
  if (a.n - 1 != nargs) {
    if (nargs == 0) raisef(exc_types().TypeError, "complex.%s() takes no arguments (%d given)", name, a.n - 1);
    raisef(exc_types().TypeError, "complex.%s() takes exactly one argument (%d given)", name, a.n - 1);
  }
  return as<Complex>(a.v[0]);
}

Value m_conjugate(Args& a) {
  Complex* z = self_of(a, "conjugate", 0);
  return make_complex(z->re, -z->im);
}

Value m_complex(Args& a) {
  self_of(a, "__complex__", 0);
  return a.v[0];
}

Value m_getnewargs(Args& a) {
  Complex* z = self_of(a, "__getnewargs__", 0);
  return make_obj(new_tuple({make_float(z->re), make_float(z->im)}));
}

Value m_format(Args& a) {
  Complex* z = self_of(a, "__format__", 1);
  if (!is_str(a.v[1]))
    raisef(exc_types().TypeError, "__format__() argument must be str, not %s", type_name(a.v[1]).c_str());
  return str_value(format_complex(z->re, z->im, as_str(a.v[1])->s));
}

// abs(z): hypot, except that an infinite part wins over a NaN (C99).
Value m_abs(Args& a) {
  Complex* z = self_of(a, "__abs__", 0);
  if (std::isinf(z->re)) return make_float(std::fabs(z->re));
  if (std::isinf(z->im)) return make_float(std::fabs(z->im));
  if (std::isnan(z->re) || std::isnan(z->im)) return make_float(NAN);
  double r = std::hypot(z->re, z->im);
  if (std::isinf(r)) raise(exc_types().OverflowError, "absolute value too large");
  return make_float(r);
}

// The `real` and `imag` members: read-only, shown as CPython's
// <member 'real' of 'complex' objects>.
Value complex_real(Value self) { return make_float(as<Complex>(self)->re); }
Value complex_imag(Value self) { return make_float(as<Complex>(self)->im); }
const GetSetDef kComplexMembers[] = {
    {"real", complex_real, nullptr, true, "the real part of a complex number"},
    {"imag", complex_imag, nullptr, true, "the imaginary part of a complex number"},
};

// The text of one part as repr shows it: float repr without the ".0" of a
// whole number ('r' format without Py_DTSF_ADD_DOT_0).
std::string part_repr(double d) {
  std::string s = float_repr(d);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

}  // namespace

Value make_complex(double re, double im) { return make_obj(heap().make<Complex>(re, im)); }

Value complex_power(double ar, double ai, double br, double bi) {
  C a{ar, ai}, b{br, bi};
  errno = 0;
  C p = (bi == 0.0 && br == std::floor(br) && std::fabs(br) <= 100.0) ? c_powi(a, static_cast<long>(br)) : c_pow(a, b);
  int err = errno;
  // An infinite part is an overflow whatever libm said; a range error with
  // finite parts (an underflow) is not an error.
  if (std::isinf(p.re) || std::isinf(p.im)) {
    if (err == 0) err = ERANGE;
  } else if (err == ERANGE) {
    err = 0;
  }
  if (err == EDOM) raise(exc_types().ZeroDivisionError, "0.0 to a negative or complex power");
  if (err == ERANGE) raise(exc_types().OverflowError, "complex exponentiation");
  return make(p);
}

std::string complex_repr(double re, double im) {
  // A real part of +0 is left out; -0 is not.
  if (re == 0.0 && !std::signbit(re)) return part_repr(im) + "j";
  std::string i = part_repr(im);
  if (i[0] != '-') i.insert(0, "+");
  return "(" + part_repr(re) + i + "j)";
}

void init_complex_slots(TypeObject* t) {
  TypeSlots& s = t->slots;
  s.repr = repr_slot;
  s.hash = hash_slot;
  s.richcompare = richcompare_slot;
  s.binary = binary_slot;
  for (BinOpKind k : {BinOpKind::Add, BinOpKind::Sub, BinOpKind::Mult, BinOpKind::Div, BinOpKind::Pow})
    s.binary_ops = static_cast<uint16_t>(s.binary_ops | (1u << static_cast<int>(k)));
  s.negative = negative_slot;
  s.positive = positive_slot;
  s.truthy = truthy_slot;
}

void init_complex_methods() {
  TypeObject* t = types().complex_;
  t->ctor = complex_ctor;
  add_method(t, "conjugate", m_conjugate);
  add_method(t, "__complex__", m_complex);
  add_method(t, "__getnewargs__", m_getnewargs);
  add_method(t, "__format__", m_format);
  add_method(t, "__abs__", m_abs);
  add_getsets(t, kComplexMembers);
}

}  // namespace coil::rt
