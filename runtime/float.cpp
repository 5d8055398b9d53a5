// float <-> text (the shortest round-trip repr, float(str) parsing) and
// round(), with CPython's results: round(x, n) is computed exactly from the
// binary value, as CPython's correctly rounded dtoa does.
#include <gmp.h>

#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include "runtime/checked.h"
#include "runtime/exception.h"
#include "runtime/misc.h"
#include "runtime/objects/bytes.h"
#include "runtime/mpz.h"
#include "runtime/numbers.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"

namespace coil::rt {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool iequals(std::string_view a, const char* b) {
  size_t n = std::char_traits<char>::length(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i)
    if ((a[i] | 0x20) != b[i]) return false;
  return true;
}

// Appends a run of digits with single underscores between digits to `out`;
// returns false if the run is malformed. `pos` advances past the run.
bool digit_run(std::string_view s, size_t& pos, std::string& out, size_t& ndigits) {
  ndigits = 0;
  while (pos < s.size()) {
    char c = s[pos];
    if (is_digit(c)) {
      out += c;
      ++ndigits;
      ++pos;
    } else if (c == '_') {
      if (ndigits == 0 || pos + 1 >= s.size() || !is_digit(s[pos + 1])) return false;
      ++pos;
    } else {
      break;
    }
  }
  return true;
}

// Parses Python float syntax; false if malformed.
bool parse_float(std::string_view s, double* out) {
  size_t i = 0, n = s.size();
  while (i < n && is_space(s[i])) ++i;
  while (n > i && is_space(s[n - 1])) --n;
  s = s.substr(i, n - i);
  bool neg = false;
  size_t pos = 0;
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    neg = s[pos] == '-';
    ++pos;
  }
  std::string_view rest = s.substr(pos);
  if (iequals(rest, "inf") || iequals(rest, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (iequals(rest, "nan")) {
    *out = neg ? -NAN : NAN;
    return true;
  }
  std::string clean;
  size_t nint = 0, nfrac = 0, nexp = 0;
  if (!digit_run(s, pos, clean, nint)) return false;
  if (pos < s.size() && s[pos] == '.') {
    clean += '.';
    ++pos;
    if (!digit_run(s, pos, clean, nfrac)) return false;
  }
  if (nint + nfrac == 0) return false;
  if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
    clean += 'e';
    ++pos;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) clean += s[pos++];
    if (!digit_run(s, pos, clean, nexp) || nexp == 0) return false;
  }
  if (pos != s.size()) return false;
  double d = 0;
  auto [p, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), d);
  if (ec == std::errc::result_out_of_range) {
    d = std::strtod(clean.c_str(), nullptr);  // overflow -> inf, underflow -> 0
  } else if (ec != std::errc() || p != clean.data() + clean.size()) {
    return false;
  }
  *out = neg ? -d : d;
  return true;
}

[[noreturn]] void bad_float(Value orig) {
  raise(exc_types().ValueError, "could not convert string to float: " + repr(orig));
}

// round(x, n) for finite nonzero x: exact decimal rounding, half to even.
double round_double(double x, int64_t n) {
  double ax = std::fabs(x);
  int e;
  double m = std::frexp(ax, &e);
  Z mant, num, den, q, r, p10;
  mpz_set_d(mant, std::ldexp(m, 53));  // exact: ax = mant * 2**(e-53)
  int e2 = e - 53;
  mpz_set(num, mant);
  mpz_set_ui(den, 1);
  mpz_ui_pow_ui(p10, 10, static_cast<unsigned long>(n >= 0 ? n : -n));
  if (n >= 0) mpz_mul(num, num, p10);
  else mpz_mul(den, den, p10);
  if (e2 >= 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e2));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e2));
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  std::string digits(mpz_sizeinbase(q, 10) + 2, '\0');
  mpz_get_str(digits.data(), 10, q);
  digits.resize(std::char_traits<char>::length(digits.data()));
  digits += "e" + std::to_string(-n);
  double res = std::strtod(digits.c_str(), nullptr);
  if (std::isinf(res)) raise(exc_types().OverflowError, "rounded value too large to represent");
  return std::copysign(res, x);
}

}  // namespace

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
  char buf[64];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  (void)ec;
  std::string_view sci(buf, static_cast<size_t>(p - buf));
  std::string out;
  size_t i = 0;
  if (sci[0] == '-') {
    out += '-';
    i = 1;
  }
  std::string digits;
  for (; i < sci.size() && sci[i] != 'e'; ++i)
    if (sci[i] != '.') digits += sci[i];
  int exp = std::atoi(std::string(sci.substr(i + 1)).c_str());
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp + 1;  // digits are 0.DDDD * 10**decpt
  int nd = static_cast<int>(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (nd > 1) {
      out += '.';
      out.append(digits, 1, std::string::npos);
    }
    char e[16];
    std::snprintf(e, sizeof e, "e%+.02d", decpt - 1);
    out += e;
  } else if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-decpt), '0');
    out += digits;
  } else if (decpt >= nd) {
    out += digits;
    out.append(static_cast<size_t>(decpt - nd), '0');
    out += ".0";
  } else {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  }
  return out;
}

Value float_convert(Value v) {
  if (v.is_float()) return v;
  if (is_int_like(v)) return make_float(to_double(v));
  double d;
  if (is_str(v)) {
    if (!parse_float(decimal_and_space_to_ascii(as_str(v)->view()), &d)) bad_float(v);
    return make_float(d);
  }
  if (is_bytes_like(v)) {
    std::string scratch;
    if (!parse_float(std::string(need_buffer(v, &scratch)), &d)) bad_float(v);
    return make_float(d);
  }
  Value m = lookup_special(v, intern("__float__"));
  if (!m.is_undef() && !m.is_none()) {
    Value r = call0(m);
    if (!r.is_float())
      raisef(exc_types().TypeError, "%s.__float__ returned non-float (type %s)", type_name(v).c_str(),
             type_name(r).c_str());
    return r;
  }
  m = lookup_special(v, intern("__index__"));
  if (!m.is_undef() && !m.is_none()) {
    Value r = call0(m);
    if (!is_int_like(r))
      raisef(exc_types().TypeError, "__index__ returned non-int (type %s)", type_name(r).c_str());
    return make_float(to_double(r));
  }
  raisef(exc_types().TypeError, "float() argument must be a string or a real number, not '%s'",
         type_name(v).c_str());
}

Value round_number(Value v, Value ndigits) {
  if (!is_number(v)) return Value();
  v = unbox_float(v);
  bool have_n = !ndigits.is_undef() && !ndigits.is_none();
  if (v.is_float()) {
    double x = v.f;
    if (!have_n) {
      double r = std::nearbyint(x);  // default rounding mode: half to even
      if (std::fabs(x - std::round(x)) == 0.5) r = 2.0 * std::round(x / 2.0);
      return float_to_int(r);
    }
    int64_t n = index_ssize(ndigits, nullptr);  // clipped, as CPython
    constexpr int64_t kMax = static_cast<int64_t>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    constexpr int64_t kMin = -static_cast<int64_t>((DBL_MAX_EXP + 1) * 0.30103);
    if (x == 0.0 || !std::isfinite(x)) return v;
    if (n > kMax) return v;
    if (n < kMin) return make_float(0.0 * x);
    return make_float(round_double(x, n));
  }
  Value iv = v.is_bool() ? make_int(v.b ? 1 : 0) : v;
  if (iv.is_obj() && iv.o->has_side_attrs) iv = index_int(iv);  // an int subclass rounds to an exact int
  if (!have_n) return iv;
  int64_t n = index_ssize(ndigits, nullptr);
  if (n >= 0) return iv;
  // Round to a multiple of 10**-n, half to even.
  Z x, p10, q, r;
  int_to_mpz(iv, x);
  // |x| < 10**(-n) / 2: rounds to 0 (also keeps 10**-n from getting huge).
  if (n < -static_cast<int64_t>(mpz_sizeinbase(x, 10) + 1)) return make_int(0);
  mpz_ui_pow_ui(p10, 10, static_cast<unsigned long>(-n));
  mpz_fdiv_qr(q, r, x, p10);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, p10);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p10);
  return int_from_mpz(q.z);
}

}  // namespace coil::rt
