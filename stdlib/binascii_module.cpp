// binascii: conversions between binary data and ASCII encodings (hex,
// base64, CRCs), which CPython writes in C and base64.py, quopri and uu
// build on. Functions taking ASCII data accept str (ASCII only) as well as
// bytes-like objects, as CPython's ascii_buffer converter does.
#include "parser/ast.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/bytes_methods.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

TypeObject* g_error = nullptr;
TypeObject* g_incomplete = nullptr;

[[noreturn]] void binascii_error(const std::string& msg) { raise(g_error, msg); }

// ASCII input: a str of ASCII characters or any bytes-like object.
std::string_view ascii_data(Value v, std::string* scratch) {
  if (is_str(v)) {
    Str* s = as_str(v);
    if (!s->ascii) raise(exc_types().ValueError, "string argument should contain only ASCII characters");
    return s->s;
  }
  std::string_view out;
  if (!get_buffer(v, &out, scratch))
    raise(exc_types().TypeError, "argument should be bytes, buffer or ASCII string, not '" + type_name(v) + "'");
  return out;
}

Value b_hexlify(Args& a) {
  Value v[3];
  bind_function_args(a, "hexlify", {"data", "sep", "bytes_per_sep"}, v);
  if (v[0].is_undef()) raise(exc_types().TypeError, "hexlify() missing required argument 'data' (pos 1)");
  std::string scratch;
  std::string_view data = need_buffer(v[0], &scratch);
  std::string copy(data);
  return bytes_value(bytes_hex(copy, hex_sep(v[1], v[2])));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value b_unhexlify(Args& a) {
  check_no_keywords(a, "unhexlify");
  check_arg_count("unhexlify", a.n, 1, 1);
  std::string scratch;
  std::string_view s = ascii_data(a.v[0], &scratch);
  if (s.size() % 2) binascii_error("Odd-length string");
  std::string out;
  out.reserve(s.size() / 2);
  for (size_t i = 0; i < s.size(); i += 2) {
    int hi = hex_digit(s[i]), lo = hex_digit(s[i + 1]);
    if (hi < 0 || lo < 0) binascii_error("Non-hexadecimal digit found");
    out.push_back(static_cast<char>(hi * 16 + lo));
  }
  return bytes_value(std::move(out));
}

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

Value b_b2a_base64(Args& a) {
  Value v[2];
  bind_function_args(a, "b2a_base64", {"data", "newline"}, v, 1);
  if (v[0].is_undef()) raise(exc_types().TypeError, "b2a_base64() missing required argument 'data' (pos 1)");
  std::string scratch;
  std::string_view d = need_buffer(v[0], &scratch);
  std::string out;
  out.reserve((d.size() + 2) / 3 * 4 + 1);
  size_t i = 0;
  for (; i + 2 < d.size(); i += 3) {
    uint32_t n = (static_cast<unsigned char>(d[i]) << 16) | (static_cast<unsigned char>(d[i + 1]) << 8) |
                 static_cast<unsigned char>(d[i + 2]);
    out += {kB64[n >> 18], kB64[(n >> 12) & 63], kB64[(n >> 6) & 63], kB64[n & 63]};
  }
  if (d.size() - i == 1) {
    uint32_t n = static_cast<unsigned char>(d[i]) << 16;
    out += {kB64[n >> 18], kB64[(n >> 12) & 63], '=', '='};
  } else if (d.size() - i == 2) {
    uint32_t n = (static_cast<unsigned char>(d[i]) << 16) | (static_cast<unsigned char>(d[i + 1]) << 8);
    out += {kB64[n >> 18], kB64[(n >> 12) & 63], kB64[(n >> 6) & 63], '='};
  }
  if (v[1].is_undef() || truthy(v[1])) out.push_back('\n');
  return bytes_value(std::move(out));
}

// CPython's a2b_base64: characters outside the alphabet are skipped (in
// strict mode they are errors), and padding that completes a quad ends the
// input.
Value b_a2b_base64(Args& a) {
  Value v[2];
  bind_function_args(a, "a2b_base64", {"data", "strict_mode"}, v, 1);
  if (v[0].is_undef()) raise(exc_types().TypeError, "a2b_base64() missing required argument 'data' (pos 1)");
  bool strict = !v[1].is_undef() && truthy(v[1]);
  std::string scratch;
  std::string_view s = ascii_data(v[0], &scratch);
  std::string out;
  uint32_t acc = 0;
  int quad = 0, pads = 0;
  bool padding_started = false;
  if (strict && !s.empty() && s[0] == '=') binascii_error("Leading padding not allowed");
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '=') {
      padding_started = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        // A complete pad sequence ends the data; what follows is ignored
        // (an error in strict mode).
        if (strict && i + 1 < s.size()) binascii_error("Excess data after padding");
        quad = 0;
        break;
      }
      continue;
    }
    int d = b64_value(c);
    if (d < 0) {
      if (strict) binascii_error("Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) binascii_error("Discontinuous padding not allowed");
    pads = 0;
    acc = (acc << 6) | static_cast<uint32_t>(d);
    ++quad;
    if (quad == 2) out.push_back(static_cast<char>((acc >> 4) & 0xff));
    else if (quad == 3) out.push_back(static_cast<char>((acc >> 2) & 0xff));
    else if (quad == 4) {
      out.push_back(static_cast<char>(acc & 0xff));
      quad = 0;
      acc = 0;
    }
  }
  if (quad != 0) {
    if (quad == 1) {
      size_t chars = 0;
      for (unsigned char c : s)
        if (b64_value(c) >= 0) ++chars;
      binascii_error("Invalid base64-encoded string: number of data characters (" + std::to_string(chars) +
                     ") cannot be 1 more than a multiple of 4");
    }
    binascii_error("Incorrect padding");
  }
  return bytes_value(std::move(out));
}

uint32_t crc32_update(uint32_t crc, std::string_view d) {
  static uint32_t table[256];
  static bool ready = false;
  if (!ready) {
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      table[i] = c;
    }
    ready = true;
  }
  crc = ~crc;
  for (unsigned char b : d) crc = table[(crc ^ b) & 0xff] ^ (crc >> 8);
  return ~crc;
}

uint32_t start_value(Args& a, int index, uint64_t mask) {
  if (a.n <= index) return 0;
  Value i = a.v[index];
  if (!i.is_int() && !i.is_bool() && !kind_is(i, Kind::BigInt))
    raise(exc_types().TypeError, "'" + type_name(i) + "' object cannot be interpreted as an integer");
  // value & mask, for ints of any size (CPython takes the low bits).
  Value masked = binary_op(static_cast<int>(ast::BinOpKind::BitAnd), i, make_int(static_cast<int64_t>(mask)), false);
  return static_cast<uint32_t>(masked.i);
}

Value b_crc32(Args& a) {
  check_no_keywords(a, "crc32");
  check_arg_count("crc32", a.n, 1, 2);
  std::string scratch;
  std::string_view d = need_buffer(a.v[0], &scratch);
  return make_int(crc32_update(start_value(a, 1, 0xffffffffu), d));
}

// CRC-CCITT (XModem), as binhex used.
Value b_crc_hqx(Args& a) {
  check_no_keywords(a, "crc_hqx");
  check_arg_count("crc_hqx", a.n, 2, 2);
  std::string scratch;
  std::string_view d = need_buffer(a.v[0], &scratch);
  uint32_t crc = start_value(a, 1, 0xffff);
  for (unsigned char b : d) {
    crc ^= static_cast<uint32_t>(b) << 8;
    for (int k = 0; k < 8; ++k) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
    crc &= 0xffff;
  }
  return make_int(crc);
}


}  // namespace

Module* init_binascii_module() {
  Module* m = new_module("binascii");
  Rooted keep(make_obj(m));
  if (!g_error) {
    g_error = new_builtin_type("Error", exc_types().ValueError, Kind::Exception);
    g_error->module = intern("binascii");
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_error));
    g_incomplete = new_builtin_type("Incomplete", exc_types().Exception, Kind::Exception);
    g_incomplete->module = intern("binascii");
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_incomplete));
  }
  m->dict->set_str(intern("Error"), make_obj(g_error));
  m->dict->set_str(intern("Incomplete"), make_obj(g_incomplete));
  add_function(m, "hexlify", b_hexlify);
  add_function(m, "b2a_hex", b_hexlify);
  add_function(m, "unhexlify", b_unhexlify);
  add_function(m, "a2b_hex", b_unhexlify);
  add_function(m, "b2a_base64", b_b2a_base64);
  add_function(m, "a2b_base64", b_a2b_base64);
  add_function(m, "crc32", b_crc32);
  add_function(m, "crc_hqx", b_crc_hqx);
  return m;
}

}  // namespace coil::rt
