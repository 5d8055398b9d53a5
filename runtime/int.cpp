// int <-> text and int(x[, base]) conversion, with CPython's parsing rules
// (whitespace, sign, base prefixes, underscores between digits) and its limit
// of 4300 digits on decimal conversions.
#include <gmp.h>

#include <charconv>
#include <cmath>
#include <string>

#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/objects/bytes.h"
#include "runtime/mpz.h"
#include "runtime/numbers.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"

namespace coil::rt {

namespace {

constexpr size_t kMaxStrDigits = 4300;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool is_bytes(Value v) { return v.is_obj() && (v.o->kind == Kind::Bytes || v.o->kind == Kind::ByteArray); }



// repr() of the original argument, truncated to 200 characters as %.200R.
std::string short_repr(Value orig) {
  std::string r = repr(orig);
  if (utf8_length(r) > 200) {
    size_t pos = 0;
    for (int i = 0; i < 200 && pos < r.size(); ++i) utf8_decode(r, pos);
    r.resize(pos);
  }
  return r;
}

[[noreturn]] void bad_literal(int base, std::string_view text, Value orig) {
  if (orig.is_undef()) orig = str_value(text);
  raise(exc_types().ValueError,
        "invalid literal for int() with base " + std::to_string(base) + ": " + short_repr(orig));
}

Value parse_int(std::string_view s, int base, Value orig) {
  if (base != 0 && (base < 2 || base > 36))
    raise(exc_types().ValueError, "int() base must be >= 2 and <= 36, or 0");
  size_t i = 0, n = s.size();
  while (i < n && is_space(s[i])) ++i;
  while (n > i && is_space(s[n - 1])) --n;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    ++i;
  }
  int b = base;
  bool prefixed = false;
  if (n - i >= 2 && s[i] == '0') {
    char c = static_cast<char>(s[i + 1] | 0x20);
    if ((c == 'x' && (b == 16 || b == 0)) || (c == 'o' && (b == 8 || b == 0)) ||
        (c == 'b' && (b == 2 || b == 0))) {
      b = c == 'x' ? 16 : c == 'o' ? 8 : 2;
      i += 2;
      prefixed = true;
    }
  }
  bool base0_decimal = b == 0;
  if (b == 0) b = 10;
  std::string clean;
  clean.reserve(n - i);
  bool prev_digit = prefixed;  // an underscore may follow a prefix
  for (size_t k = i; k < n; ++k) {
    char c = s[k];
    if (c == '_') {
      if (!prev_digit || k + 1 >= n || digit_value(s[k + 1]) >= b) bad_literal(base, s, orig);
      prev_digit = false;
      continue;
    }
    if (digit_value(c) >= b) bad_literal(base, s, orig);
    clean += c;
    prev_digit = true;
  }
  if (clean.empty()) bad_literal(base, s, orig);
  if (base0_decimal && clean[0] == '0' && clean.find_first_not_of('0') != std::string::npos)
    bad_literal(base, s, orig);
  if ((b & (b - 1)) != 0 && clean.size() > kMaxStrDigits)
    raise(exc_types().ValueError,
          "Exceeds the limit (4300 digits) for integer string conversion: value has " +
              std::to_string(clean.size()) + " digits; use sys.set_int_max_str_digits() to increase the limit");
  int64_t v = 0;
  auto [p, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), v, b);
  if (ec == std::errc() && p == clean.data() + clean.size()) return make_int(neg ? -v : v);
  Z z;
  if (mpz_set_str(z, clean.c_str(), b) != 0) bad_literal(base, s, orig);
  if (neg) mpz_neg(z, z);
  return int_from_mpz(z.z);
}

}  // namespace

// int() of a buffer: its bytes parsed as text; errors show them as bytes,
// whatever held them (CPython's _PyLong_FromBytes).
Value parse_int_bytes(Value v, int base) {
  std::string scratch;
  std::string data(need_buffer(v, &scratch));
  Rooted shown(bytes_value(data));
  return parse_int(data, base, shown.get());
}

Value int_from_string(std::string_view digits, int base) { return parse_int(digits, base, Value()); }

std::string int_to_string(Value v, int base) {
  if (v.is_int() || v.is_bool()) {
    int64_t x = v.is_int() ? v.i : (v.b ? 1 : 0);
    char buf[80];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, x, base);
    (void)ec;
    return std::string(buf, p);
  }
  if (!is_int_like(v)) raise(exc_types().TypeError, "an integer is required");
  mpz_srcptr z = as<BigInt>(v)->z;
  if (base == 10 && mpz_sizeinbase(z, 10) > kMaxStrDigits + 1)
    raise(exc_types().ValueError,
          "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
  std::string out(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(out.data(), base, z);
  out.resize(std::char_traits<char>::length(out.data()));
  if (base == 10 && out.size() - (out[0] == '-' ? 1 : 0) > kMaxStrDigits)
    raise(exc_types().ValueError,
          "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
  return out;
}

Value float_to_int(double d) {
  if (std::isnan(d)) raise(exc_types().ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) raise(exc_types().OverflowError, "cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return make_int(static_cast<int64_t>(t));
  Z z;
  mpz_set_d(z, t);
  return int_from_mpz(z.z);
}

Value int_convert(Value v, int base) {
  if (base != -1) {
    if (is_str(v)) return parse_int(decimal_and_space_to_ascii(as_str(v)->view()), base, v);
    if (is_bytes(v)) return parse_int_bytes(v, base);
    raise(exc_types().TypeError, "int() can't convert non-string with explicit base");
  }
  if (v.is_int()) return v;
  if (v.is_bool()) return make_int(v.b ? 1 : 0);
  if (v.is_float()) return float_to_int(v.f);
  if (is_int_like(v)) return v.o->has_side_attrs ? int_from_mpz(as<BigInt>(v)->z) : v;  // int(subclass) is exact
  if (is_str(v)) return parse_int(decimal_and_space_to_ascii(as_str(v)->view()), 10, v);
  if (is_bytes_like(v)) return parse_int_bytes(v, 10);
  static const char* names[] = {"__int__", "__index__", "__trunc__"};
  for (const char* name : names) {
    Value m = lookup_special(v, intern(name));
    if (m.is_undef() || m.is_none()) continue;
    Value r = call0(m);
    if (r.is_bool()) return make_int(r.b ? 1 : 0);
    if (is_int_like(r)) return r;
    if (name[2] == 't') {  // __trunc__ may return anything with __index__
      Value idx = lookup_special(r, intern("__index__"));
      if (!idx.is_undef()) {
        Value x = call0(idx);
        if (is_int_like(x)) return x.is_bool() ? make_int(x.b ? 1 : 0) : x;
      }
      raisef(exc_types().TypeError, "__trunc__ returned non-Integral (type %s)", type_name(r).c_str());
    }
    raisef(exc_types().TypeError, "%s returned non-int (type %s)", name, type_name(r).c_str());
  }
  raisef(exc_types().TypeError,
         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
         type_name(v).c_str());
}

}  // namespace coil::rt
