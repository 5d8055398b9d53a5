// format(x, spec) for int, bool, float and str: Python's format-spec
// mini-language, following CPython's Python/formatter_unicode.c and
// Python/pystrtod.c (format_float_short) step by step. Digit strings come from
// an emulation of David Gay's dtoa modes 0, 2 and 3: std::to_chars (shortest)
// and glibc's printf, which is exact and rounds half to even.
#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/checked.h"
#include "runtime/exception.h"
#include "runtime/numbers.h"
#include "runtime/objects/complex.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"

namespace coil::rt {

namespace {

struct Spec {
  std::string fill = " ";  // one code point, UTF-8
  bool fill_given = false;
  char align = 0;
  bool align_given = false;
  char sign = 0;
  bool no_neg_0 = false;  // 'z'
  bool alt = false;       // '#'
  int64_t width = -1;
  char sep = 0;           // ',' or '_' or 0
  int group = 3;          // digits per group (4 for '_' with b/o/x/X)
  int64_t precision = -1;
  char type = 0;
};

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

size_t cp_bytes(std::string_view s, size_t pos) {
  unsigned char c = static_cast<unsigned char>(s[pos]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return std::min(n, s.size() - pos);
}

int64_t cps(std::string_view s) { return utf8_length(s); }

[[noreturn]] void value_error(const std::string& msg) { raise(exc_types().ValueError, msg); }

std::string type_char(char t) {
  if (t > 32 && t < 127) return std::string(1, t);
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(static_cast<unsigned char>(t)));
  return buf;
}

[[noreturn]] void unknown_code(char t, const char* tname) {
  value_error("Unknown format code '" + type_char(t) + "' for object of type '" + tname + "'");
}

bool get_integer(std::string_view s, size_t& pos, int64_t* out) {
  size_t start = pos;
  int64_t v = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    int d = s[pos] - '0';
    if (v > (INT64_MAX - d) / 10) value_error("Too many decimal digits in format string");
    v = v * 10 + d;
    ++pos;
  }
  if (pos == start) return false;
  *out = v;
  return true;
}

Spec parse_spec(std::string_view spec, char default_type, char default_align, const char* tname) {
  Spec f;
  f.align = default_align;
  f.type = default_type;
  size_t pos = 0, end = spec.size();
  if (end > 0) {
    size_t l0 = cp_bytes(spec, 0);
    if (end > l0 && is_align(spec[l0])) {
      f.fill = std::string(spec.substr(0, l0));
      f.fill_given = true;
      f.align = spec[l0];
      f.align_given = true;
      pos = l0 + 1;
    } else if (is_align(spec[0])) {
      f.align = spec[0];
      f.align_given = true;
      pos = 1;
    }
  }
  if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) f.sign = spec[pos++];
  if (pos < end && spec[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (pos < end && spec[pos] == '#') {
    f.alt = true;
    ++pos;
  }
  if (!f.fill_given && pos < end && spec[pos] == '0') {
    f.fill = "0";
    if (!f.align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  get_integer(spec, pos, &f.width);
  if (pos < end && spec[pos] == ',') {
    f.sep = ',';
    ++pos;
  }
  if (pos < end && spec[pos] == '_') {
    if (f.sep) value_error("Cannot specify both ',' and '_'.");
    f.sep = '_';
    ++pos;
  }
  if (pos < end && spec[pos] == ',' && f.sep == '_') value_error("Cannot specify both ',' and '_'.");
  if (pos < end && spec[pos] == '.') {
    ++pos;
    if (!get_integer(spec, pos, &f.precision)) value_error("Format specifier missing precision");
  }
  if (end - pos > 1)
    value_error("Invalid format specifier '" + std::string(spec) + "' for object of type '" + tname + "'");
  if (end - pos == 1) f.type = spec[pos];
  if (f.sep) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.sep == '_') {
          f.group = 4;
          break;
        }
        [[fallthrough]];
      default:
        value_error(std::string("Cannot specify '") + f.sep + "' with '" + type_char(f.type) + "'.");
    }
  }
  return f;
}

// CPython's _PyUnicode_InsertThousandsGrouping with min_width: groups the
// digits and, for '0' fill with '=' alignment, pads them with (grouped) zeros.
std::string group_digits(std::string_view digits, int64_t min_width, char sep, int group) {
  if (digits.empty()) return "";
  if (!sep) {  // (digits may be one non-ASCII character here, for 'c')
    int64_t n = cps(digits);
    int64_t l = std::max<int64_t>(std::max<int64_t>(n, min_width), 1);
    return std::string(static_cast<size_t>(l - n), '0') + std::string(digits);
  }
  int64_t n = static_cast<int64_t>(digits.size());
  std::vector<std::string> pieces;
  int64_t remaining = n, mw = min_width, pos = n;
  for (;;) {
    int64_t l = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, mw), 1));
    int64_t zeros = std::max<int64_t>(0, l - remaining);
    int64_t chars = std::max<int64_t>(0, std::min(remaining, l));
    std::string piece(static_cast<size_t>(zeros), '0');
    piece.append(digits.substr(static_cast<size_t>(pos - chars), static_cast<size_t>(chars)));
    pos -= chars;
    pieces.push_back(std::move(piece));
    remaining -= chars;
    mw -= l;
    if (remaining <= 0 && mw <= 0) break;
    mw -= 1;
  }
  std::string out;
  for (size_t i = pieces.size(); i-- > 0;) {
    out += pieces[i];
    if (i) out += sep;
  }
  return out;
}

// Fill for a width: a size that cannot be made is MemoryError (CPython
// fails to allocate the result).
std::string repeat(const std::string& fill, int64_t n) {
  repeat_bytes(fill.size(), n, "", exc_types().MemoryError);
  return repeat_text(fill, n);
}

// Lays out [sign][prefix][digits][.][remainder] with padding, as CPython's
// calc_number_widths + fill_number. `digits` are ASCII, except for 'c'
// (one character, never grouped).
std::string fill_number(const Spec& f, char sign_char, std::string_view prefix, std::string_view digits,
                        bool has_decimal, std::string_view remainder, char sep, int group) {
  int64_t n_sign = sign_char ? 1 : 0;
  int64_t n_prefix = static_cast<int64_t>(prefix.size());
  int64_t n_decimal = has_decimal ? 1 : 0;
  int64_t n_rem = static_cast<int64_t>(remainder.size());
  int64_t min_width = (f.fill == "0" && f.align == '=') ? f.width - (n_sign + n_prefix + n_decimal + n_rem) : 0;
  std::string grouped = group_digits(digits, min_width, sep, group);
  int64_t n_grouped = cps(grouped);
  int64_t total = n_sign + n_prefix + n_grouped + n_decimal + n_rem;
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (f.width > total) {
    int64_t pad = f.width - total;
    switch (f.align) {
      case '<': rpad = pad; break;
      case '^': lpad = pad / 2; rpad = pad - lpad; break;
      case '=': spad = pad; break;
      default: lpad = pad; break;
    }
  }
  std::string out = repeat(f.fill, lpad);
  if (sign_char) out += sign_char;
  out += prefix;
  out += repeat(f.fill, spad);
  out += grouped;
  if (has_decimal) out += '.';
  out += remainder;
  out += repeat(f.fill, rpad);
  return out;
}

// ---------------------------------------------------------------- floats

// Emulates _Py_dg_dtoa for x >= 0, finite: mode 0 (shortest), 2 (ndigits
// significant digits) or 3 (ndigits after the point). Trailing zeros are
// stripped; `decpt` is the decimal point position (value = 0.DIGITS * 10**decpt).
void dtoa(double x, int mode, int64_t ndigits, std::string& digits, int64_t& decpt) {
  digits.clear();
  if (x == 0) {
    digits = "0";
    decpt = 1;
    return;
  }
  std::string s;
  if (mode == 0) {
    char buf[64];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
    (void)ec;
    s.assign(buf, p);
  } else {
    const char* fmt = mode == 2 ? "%.*e" : "%.*f";
    int prec = static_cast<int>(mode == 2 ? ndigits - 1 : ndigits);
    int len = std::snprintf(nullptr, 0, fmt, prec, x);
    s.resize(static_cast<size_t>(len) + 1);
    std::snprintf(s.data(), s.size(), fmt, prec, x);
    s.resize(static_cast<size_t>(len));
  }
  if (mode == 3) {
    size_t dot = s.find('.');
    std::string ip = s.substr(0, dot);
    std::string fp = dot == std::string::npos ? "" : s.substr(dot + 1);
    digits = ip + fp;
    decpt = static_cast<int64_t>(ip.size());
    size_t nz = digits.find_first_not_of('0');
    if (nz == std::string::npos) {
      digits.clear();
      decpt = -ndigits;
      return;
    }
    digits.erase(0, nz);
    decpt -= static_cast<int64_t>(nz);
  } else {
    size_t e = s.find('e');
    for (size_t i = 0; i < e; ++i)
      if (s[i] != '.') digits += s[i];
    decpt = std::stoll(s.substr(e + 1)) + 1;
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

// PyOS_double_to_string(d, code, precision, flags) for code in eEfFgGr.
std::string double_to_string(double d, char code, int64_t precision, bool alt, bool add_dot_0, bool no_neg_0) {
  bool upper = code == 'E' || code == 'F' || code == 'G';
  if (upper) code = static_cast<char>(code + ('a' - 'A'));
  if (std::isnan(d)) return upper ? "NAN" : "nan";
  if (std::isinf(d)) return std::string(d < 0 ? "-" : "") + (upper ? "INF" : "inf");
  int mode = 0;
  switch (code) {
    case 'e': mode = 2; ++precision; break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: mode = 0; break;
  }
  bool sign = std::signbit(d);
  std::string digits;
  int64_t decpt;
  dtoa(std::fabs(d), mode, precision, digits, decpt);
  if (sign && no_neg_0 && digits.find_first_not_of('0') == std::string::npos) sign = false;
  int64_t digits_len = static_cast<int64_t>(digits.size());
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e': use_exp = true; vdigits_end = precision; break;
    case 'f': vdigits_end = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) vdigits_end = std::max(vdigits_end, decpt + 1);
  else vdigits_end = std::max(vdigits_end, decpt);
  auto zeros = [](std::string& o, int64_t n) { if (n > 0) o.append(static_cast<size_t>(n), '0'); };
  std::string out;
  if (sign) out += '-';
  if (decpt <= 0) {
    zeros(out, decpt - vdigits_start);
    out += '.';
    zeros(out, -decpt);
  } else {
    zeros(out, -vdigits_start);
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    zeros(out, decpt - digits_len);
    out += '.';
    zeros(out, vdigits_end - decpt);
  } else {
    zeros(out, vdigits_end - digits_len);
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%c%+.02lld", upper ? 'E' : 'e', static_cast<long long>(exp));
    out += buf;
  }
  return out;
}

std::string format_float(double val, const Spec& f) {
  char type = f.type;
  int64_t precision = f.precision;
  int64_t default_precision = 6;
  bool add_dot_0 = false;
  if (type == 0) {
    add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  bool locale_n = type == 'n';
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision > INT_MAX) value_error("precision too big");
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string buf = double_to_string(val, type, precision, f.alt, add_dot_0, f.no_neg_0);
  if (add_pct) buf += '%';
  char sign_char = 0;
  size_t idx = 0;
  if (buf[0] == '-') {
    sign_char = '-';
    idx = 1;
  } else if (f.sign == '+' || f.sign == ' ') {
    sign_char = f.sign;
  }
  size_t p = idx;
  while (p < buf.size() && buf[p] >= '0' && buf[p] <= '9') ++p;
  std::string_view digits(buf.data() + idx, p - idx);
  bool has_decimal = p < buf.size() && buf[p] == '.';
  std::string_view rem(buf.data() + p + (has_decimal ? 1 : 0), buf.size() - p - (has_decimal ? 1 : 0));
  return fill_number(f, sign_char, "", digits, has_decimal, rem, locale_n ? 0 : f.sep, 3);
}

// ---------------------------------------------------------------- ints

std::string format_int(Value v, const Spec& f) {
  if (f.precision != -1) value_error("Precision not allowed in integer format specifier");
  if (f.no_neg_0) value_error("Negative zero coercion (z) not allowed in integer format specifier");
  int sgn = int_sign(v);
  if (f.type == 'c') {
    if (f.sign) value_error("Sign not allowed with integer format specifier 'c'");
    if (f.alt) value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    if (!v.is_int() && !v.is_bool()) raise(exc_types().OverflowError, "Python int too large to convert to C long");
    int64_t x = v.is_int() ? v.i : (v.b ? 1 : 0);
    if (x < 0 || x > 0x10ffff) raise(exc_types().OverflowError, "%c arg not in range(0x110000)");
    std::string ch;
    utf8_append(ch, static_cast<uint32_t>(x));
    return fill_number(f, 0, "", ch, false, "", 0, 3);
  }
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  std::string digits = int_to_string(v, base);
  if (!digits.empty() && digits[0] == '-') digits.erase(0, 1);
  if (f.type == 'X')
    for (char& c : digits)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  char sign_char = sgn < 0 ? '-' : (f.sign == '+' || f.sign == ' ') ? f.sign : 0;
  return fill_number(f, sign_char, f.alt ? prefix : "", digits, false, "", f.type == 'n' ? 0 : f.sep, f.group);
}

}  // namespace

std::string format_number(Value v, std::string_view spec) {
  v = unbox_float(v);
  if (v.is_float()) {
    if (spec.empty()) return float_repr(v.f);
    Spec f = parse_spec(spec, 0, '>', "float");
    switch (f.type) {
      case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float(v.f, f);
      default: unknown_code(f.type, "float");
    }
  }
  const char* tname = v.is_bool() ? "bool" : "int";
  if (spec.empty()) {
    if (v.is_bool()) return v.b ? "True" : "False";
    return int_to_string(v, 10);
  }
  Spec f = parse_spec(spec, 'd', '>', tname);
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_int(v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float(to_double(v), f);
    default: unknown_code(f.type, tname);
  }
}

// format(complex, spec), as CPython's format_complex_internal: each part
// formatted as a float (the imaginary one always signed unless the real one
// is left out), then the whole "[(]re+imj[)]" padded. Without a type the
// parts are repr'd, and the result is str(z) but for padding.
std::string format_complex(double re, double im, std::string_view spec) {
  if (spec.empty()) return complex_repr(re, im);
  Spec f = parse_spec(spec, 0, '>', "complex");
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: unknown_code(f.type, "complex");
  }
  if (f.precision > INT_MAX) value_error("precision too big");
  if (f.fill == "0") value_error("Zero padding is not allowed in complex format specifier");
  if (f.align == '=') value_error("'=' alignment flag is not allowed in complex format specifier");
  char type = f.type;
  int64_t precision = f.precision, default_precision = 6;
  bool skip_re = false, add_parens = false;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && !std::signbit(re)) skip_re = true;
    else add_parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  // Each part alone, unpadded; the padding applies to the whole.
  Spec part = f;
  part.fill = " ";
  part.align = '<';
  part.width = -1;
  char sep = f.type == 'n' ? 0 : f.sep;
  auto layout = [&](double d, char sign) {
    std::string buf = double_to_string(d, type, precision, f.alt, false, f.no_neg_0);
    char sign_char = 0;
    size_t idx = 0;
    if (buf[0] == '-') {
      sign_char = '-';
      idx = 1;
    } else if (sign == '+' || sign == ' ') {
      sign_char = sign;
    }
    size_t p = idx;
    while (p < buf.size() && buf[p] >= '0' && buf[p] <= '9') ++p;
    bool has_decimal = p < buf.size() && buf[p] == '.';
    std::string_view digits(buf.data() + idx, p - idx);
    std::string_view rem(buf.data() + p + (has_decimal ? 1 : 0), buf.size() - p - (has_decimal ? 1 : 0));
    return fill_number(part, sign_char, "", digits, has_decimal, rem, sep, 3);
  };
  std::string body = skip_re ? "" : layout(re, f.sign);
  body += layout(im, skip_re ? f.sign : '+');
  body += 'j';
  if (add_parens) body = "(" + body + ")";
  int64_t n = cps(body), lpad = 0, rpad = 0;
  if (f.width > n) {
    int64_t pad = f.width - n;
    if (f.align == '<') rpad = pad;
    else if (f.align == '^') lpad = pad / 2, rpad = pad - lpad;
    else lpad = pad;
  }
  return repeat(f.fill, lpad) + body + repeat(f.fill, rpad);
}

std::string format_str(std::string_view s, std::string_view spec) {
  if (spec.empty()) return std::string(s);
  Spec f = parse_spec(spec, 's', '<', "str");
  if (f.type != 's') unknown_code(f.type, "str");
  if (f.sign == ' ') value_error("Space not allowed in string format specifier");
  if (f.sign) value_error("Sign not allowed in string format specifier");
  if (f.no_neg_0) value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alt) value_error("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') value_error("'=' alignment not allowed in string format specifier");
  std::string_view text = s;
  int64_t len = cps(s);
  if (f.precision >= 0 && len > f.precision) {
    size_t pos = 0;
    for (int64_t i = 0; i < f.precision && pos < s.size(); ++i) pos += cp_bytes(s, pos);
    text = s.substr(0, pos);
    len = f.precision;
  }
  int64_t lpad = 0, rpad = 0;
  if (f.width > len) {
    int64_t pad = f.width - len;
    switch (f.align) {
      case '>': lpad = pad; break;
      case '^': lpad = pad / 2; rpad = pad - lpad; break;
      default: rpad = pad; break;
    }
  }
  std::string out = repeat(f.fill, lpad);
  out += text;
  out += repeat(f.fill, rpad);
  return out;
}

}  // namespace coil::rt
