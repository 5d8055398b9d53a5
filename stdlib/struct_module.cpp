// _struct: CPython's struct module's C half (struct.py is `from _struct
// import *`): pack/unpack of Python values to and from C layouts described
// by a format string. A format is parsed once into Items (code, repeat
// count, offset, size); Struct objects keep the parse, and the module
// functions cache it per format string as CPython does.
#include <gmp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/numbers.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/descriptor.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

TypeObject* g_error = nullptr;
TypeObject* g_struct_type = nullptr;
TypeObject* g_unpack_iter_type = nullptr;

[[noreturn]] void struct_error(const std::string& msg) { raise(g_error, msg); }

// One format code with its repeat count (for 's' and 'p' the length).
struct Item {
  char code;
  int64_t count;
  size_t offset;  // of the first of the `count` values
  size_t size;    // of one value (of the whole field for 's' and 'p')
};

struct Layout {
  std::vector<Item> items;
  size_t size = 0;
  size_t nvalues = 0;  // values pack() takes and unpack() gives
  bool little = true;  // byte order
  bool native = true;  // '@': native sizes and alignment
};

// The standard size of a code, or 0 for codes only the native mode has.
size_t std_size(char c) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

// Native sizes on the LP64 platforms coil runs on.
size_t native_size(char c) {
  switch (c) {
    case 'l': case 'L': case 'n': case 'N': case 'P': return 8;
    default: return std_size(c);
  }
}

Layout parse_format(std::string_view f) {
  Layout l;
  size_t i = 0;
  if (!f.empty()) {
    switch (f[0]) {
      case '@': i = 1; break;
      case '=': l.native = false; i = 1; break;
      case '<': l.native = false; i = 1; break;
      case '>': case '!': l.native = false; l.little = false; i = 1; break;
      default: break;
    }
  }
  size_t offset = 0;
  while (i < f.size()) {
    char c = f[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      ++i;
      continue;
    }
    int64_t count = 1;
    if (c >= '0' && c <= '9') {
      count = 0;
      while (i < f.size() && f[i] >= '0' && f[i] <= '9') {
        if (count > (INT64_MAX - 9) / 10) struct_error("total struct size too long");
        count = count * 10 + (f[i] - '0');
        ++i;
      }
      if (i >= f.size()) struct_error("repeat count given without format specifier");
      c = f[i];
    }
    ++i;
    size_t size = l.native ? native_size(c) : std_size(c);
    if (size == 0) struct_error("bad char in struct format");
    if (l.native && c != 's' && c != 'p' && c != 'c' && c != 'x' && size > 1) offset = (offset + size - 1) / size * size;
    if (c == 's' || c == 'p') {
      l.items.push_back({c, count, offset, static_cast<size_t>(count)});
      offset += static_cast<size_t>(count);
      ++l.nvalues;
    } else if (c == 'x') {
      offset += static_cast<size_t>(count);
    } else {
      l.items.push_back({c, count, offset, size});
      offset += size * static_cast<size_t>(count);
      l.nvalues += static_cast<size_t>(count);
    }
    if (offset > (size_t{1} << 40)) struct_error("total struct size too long");
  }
  l.size = offset;
  return l;
}

// ------------------------------------------------------------ integers

// The value as an exact int for an integer code (through __index__).
Value int_arg(Value v) {
  Value i = index_or_undef(v);
  if (i.is_undef()) struct_error("required argument is not an integer");
  return i;
}

// v within [lo, hi] as int64, else the error for code c.
int64_t signed_arg(Value v, char c, int64_t lo, int64_t hi, bool std_mode) {
  Value i = int_arg(v);
  bool ok = i.is_int() && i.i >= lo && i.i <= hi;
  if (ok) return i.i;
  switch (c) {
    case 'b': struct_error("byte format requires -128 <= number <= 127");
    case 'h': struct_error("short format requires -32768 <= number <= 32767");
    case 'i':
    case 'l':
      if (std_mode || c == 'i')
        struct_error(std::string("'") + c + "' format requires -2147483648 <= number <= 2147483647");
      [[fallthrough]];
    default: struct_error("argument out of range");
  }
}

uint64_t unsigned_arg(Value v, char c, uint64_t hi) {
  Value i = int_arg(v);
  if (i.is_int()) {
    if (i.i >= 0 && static_cast<uint64_t>(i.i) <= hi) return static_cast<uint64_t>(i.i);
  } else if (i.is_obj() && i.o->kind == Kind::BigInt) {
    mpz_srcptr z = static_cast<BigInt*>(i.o)->z;
    if (mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= 64) {
      uint64_t u = 0;
      mpz_export(&u, nullptr, -1, sizeof u, 0, 0, z);
      if (u <= hi) return u;
    }
  }
  if (c == 'B') struct_error("ubyte format requires 0 <= number <= 255");
  if (c == 'H') struct_error("ushort format requires 0 <= number <= 65535");
  struct_error("argument out of range");
}

void put_uint(char* p, uint64_t u, size_t size, bool little) {
  for (size_t k = 0; k < size; ++k) {
    unsigned char byte = static_cast<unsigned char>(u >> (8 * k));
    p[little ? k : size - 1 - k] = static_cast<char>(byte);
  }
}

uint64_t get_uint(const char* p, size_t size, bool little) {
  uint64_t u = 0;
  for (size_t k = 0; k < size; ++k) {
    unsigned char byte = static_cast<unsigned char>(p[little ? k : size - 1 - k]);
    u |= static_cast<uint64_t>(byte) << (8 * k);
  }
  return u;
}

Value make_uint(uint64_t u) {
  if (u <= static_cast<uint64_t>(INT64_MAX)) return make_int(static_cast<int64_t>(u));
  BigInt* b = heap().make<BigInt>();
  mpz_import(b->z, 1, -1, sizeof u, 0, 0, &u);
  return make_obj(b);
}

// -------------------------------------------------------------- floats

double float_arg(Value v) {
  if (v.is_float() || v.is_int() || v.is_bool() || kind_is(v, Kind::BigInt) || kind_is(v, Kind::BoxedFloat))
    return to_double(v);
  Value f = lookup_special(v, COIL_NAME("__float__"));
  if (f.is_undef()) {
    Value i = index_or_undef(v);
    if (i.is_undef()) struct_error("required argument is not a float");
    return to_double(i);
  }
  Value r = call0(f);
  if (!r.is_float() && !kind_is(r, Kind::BoxedFloat))
    raise(exc_types().TypeError, type_name(v) + ".__float__ returned non-float (type " + type_name(r) + ")");
  return to_double(r);
}

// IEEE 754 binary16, rounding half to even (CPython's PyFloat_Pack2).
uint16_t pack_half(double x) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) return sign | 0x7e00;
  double a = std::fabs(x);
  if (std::isinf(a)) return sign | 0x7c00;
  if (a == 0) return sign;
  int e;
  double m = std::frexp(a, &e);  // a = m * 2^e, 0.5 <= m < 1
  // The value in units of the smallest subnormal (2^-24), or of the
  // exponent's own unit for normal numbers.
  int exp = e - 1;  // a = 1.f * 2^exp
  if (exp < -14) {
    double units = std::ldexp(a, 24);
    double r = std::nearbyint(units);
    return sign | static_cast<uint16_t>(r);  // may round up into the normal range: still correct
  }
  double frac = (m * 2 - 1) * 1024;  // 10 fraction bits
  double r = std::nearbyint(frac);
  int biased = exp + 15;
  if (r >= 1024) {
    r = 0;
    ++biased;
  }
  if (biased >= 31) raise(exc_types().OverflowError, "float too large to pack with e format");
  return sign | static_cast<uint16_t>(biased << 10) | static_cast<uint16_t>(r);
}

double unpack_half(uint16_t h) {
  int sign = h >> 15;
  int exp = (h >> 10) & 0x1f;
  int frac = h & 0x3ff;
  double v;
  if (exp == 0) v = std::ldexp(frac, -24);
  else if (exp == 31) v = frac ? NAN : INFINITY;
  else v = std::ldexp(frac + 1024, exp - 25);
  return sign ? -v : v;
}

// ------------------------------------------------------------ pack/unpack

void pack_into_buffer(const Layout& l, char* out, const Value* args, size_t nargs) {
  if (nargs != l.nvalues)
    struct_error("pack expected " + std::to_string(l.nvalues) + " items for packing (got " + std::to_string(nargs) + ")");
  size_t ai = 0;
  bool std_mode = !l.native;
  for (const Item& it : l.items) {
    if (it.code == 's' || it.code == 'p') {
      Value v = args[ai++];
      std::string scratch;
      std::string_view data;
      if (!kind_is(v, Kind::Bytes) && !kind_is(v, Kind::ByteArray))
        struct_error(std::string("argument for '") + it.code + "' must be a bytes object");
      get_buffer(v, &data, &scratch);
      char* p = out + it.offset;
      if (it.code == 's') {
        size_t n = std::min(data.size(), it.size);
        std::memcpy(p, data.data(), n);
      } else if (it.size > 0) {
        size_t n = std::min({data.size(), it.size - 1, size_t{255}});
        p[0] = static_cast<char>(n);
        std::memcpy(p + 1, data.data(), n);
      }
      continue;
    }
    for (int64_t k = 0; k < it.count; ++k) {
      Value v = args[ai++];
      char* p = out + it.offset + static_cast<size_t>(k) * it.size;
      switch (it.code) {
        case 'c': {
          if (!(kind_is(v, Kind::Bytes) || kind_is(v, Kind::ByteArray)))
            struct_error("char format requires a bytes object of length 1");
          std::string scratch;
          std::string_view data;
          get_buffer(v, &data, &scratch);
          if (data.size() != 1) struct_error("char format requires a bytes object of length 1");
          *p = data[0];
          break;
        }
        case '?': *p = truthy(v) ? 1 : 0; break;
        case 'b': *p = static_cast<char>(signed_arg(v, 'b', -128, 127, std_mode)); break;
        case 'B': *p = static_cast<char>(unsigned_arg(v, 'B', 255)); break;
        case 'h': put_uint(p, static_cast<uint64_t>(signed_arg(v, 'h', -32768, 32767, std_mode)), 2, l.little); break;
        case 'H': put_uint(p, unsigned_arg(v, 'H', 65535), 2, l.little); break;
        case 'i': case 'l': case 'q': case 'n': {
          int64_t lo = it.size == 4 ? INT32_MIN : INT64_MIN, hi = it.size == 4 ? INT32_MAX : INT64_MAX;
          put_uint(p, static_cast<uint64_t>(signed_arg(v, it.code, lo, hi, std_mode)), it.size, l.little);
          break;
        }
        case 'I': case 'L': case 'Q': case 'N': case 'P': {
          uint64_t hi = it.size == 4 ? UINT32_MAX : UINT64_MAX;
          if (it.code == 'P') {
            // A pointer takes any int that fits, negative ones as two's complement.
            Value i = int_arg(v);
            if (i.is_int() && i.i < 0) {
              put_uint(p, static_cast<uint64_t>(i.i), it.size, l.little);
              break;
            }
          }
          put_uint(p, unsigned_arg(v, it.code, hi), it.size, l.little);
          break;
        }
        case 'e': put_uint(p, pack_half(float_arg(v)), 2, l.little); break;
        case 'f': {
          double d = float_arg(v);
          float f = static_cast<float>(d);
          if (std_mode && std::isinf(f) && std::isfinite(d))
            raise(exc_types().OverflowError, "float too large to pack with f format");
          uint32_t u;
          std::memcpy(&u, &f, 4);
          put_uint(p, u, 4, l.little);
          break;
        }
        case 'd': {
          double d = float_arg(v);
          uint64_t u;
          std::memcpy(&u, &d, 8);
          put_uint(p, u, 8, l.little);
          break;
        }
        default: break;
      }
    }
  }
}

Value unpack_buffer(const Layout& l, std::string_view data) {
  RootedVector out;
  for (const Item& it : l.items) {
    const char* base = data.data() + it.offset;
    if (it.code == 's') {
      out.push_back(bytes_value(std::string(base, it.size)));
      continue;
    }
    if (it.code == 'p') {
      size_t n = it.size ? std::min(static_cast<size_t>(static_cast<unsigned char>(base[0])), it.size - 1) : 0;
      out.push_back(bytes_value(std::string(it.size ? base + 1 : base, n)));
      continue;
    }
    for (int64_t k = 0; k < it.count; ++k) {
      const char* p = base + static_cast<size_t>(k) * it.size;
      switch (it.code) {
        case 'c': out.push_back(bytes_value(std::string(p, 1))); break;
        case '?': out.push_back(make_bool(*p != 0)); break;
        case 'b': out.push_back(make_int(static_cast<signed char>(*p))); break;
        case 'B': out.push_back(make_int(static_cast<unsigned char>(*p))); break;
        case 'h': case 'i': case 'l': case 'q': case 'n': {
          uint64_t u = get_uint(p, it.size, l.little);
          int shift = static_cast<int>(64 - 8 * it.size);
          int64_t s = shift ? static_cast<int64_t>(u << shift) >> shift : static_cast<int64_t>(u);
          out.push_back(make_int(s));
          break;
        }
        case 'H': case 'I': case 'L': case 'Q': case 'N': case 'P':
          out.push_back(make_uint(get_uint(p, it.size, l.little)));
          break;
        case 'e': out.push_back(make_float(unpack_half(static_cast<uint16_t>(get_uint(p, 2, l.little))))); break;
        case 'f': {
          uint32_t u = static_cast<uint32_t>(get_uint(p, 4, l.little));
          float f;
          std::memcpy(&f, &u, 4);
          out.push_back(make_float(f));
          break;
        }
        case 'd': {
          uint64_t u = get_uint(p, 8, l.little);
          double d;
          std::memcpy(&d, &u, 8);
          out.push_back(make_float(d));
          break;
        }
        default: break;
      }
    }
  }
  return make_obj(new_tuple(std::vector<Value>(out.begin(), out.end())));
}

// ----------------------------------------------------------- Struct type

struct StructObject : NativeObject {
  Str* format;
  Layout layout;
  StructObject(TypeObject* t, Str* format, Layout layout) : NativeObject(t), format(format), layout(std::move(layout)) {}
  void trace(Tracer& t) override { t.mark(format); }
};

Str* format_arg(Value v) {
  if (is_str(v)) return as_str(v);
  if (kind_is(v, Kind::Bytes)) return new_str(as<Bytes>(v)->data);
  raise(exc_types().TypeError, "Struct() argument 1 must be a str or bytes object, not " + type_name(v));
}

// The parsed layouts of the formats the module functions have seen.
std::unordered_map<std::string, Layout>& layout_cache() {
  static std::unordered_map<std::string, Layout> cache;
  return cache;
}

const Layout& layout_of(Value fmt) {
  if (kind_is(fmt, Kind::Native) && fmt.o->type->is_subtype(g_struct_type)) return static_cast<StructObject*>(fmt.o)->layout;
  Str* f = format_arg(fmt);
  auto& cache = layout_cache();
  auto it = cache.find(f->s);
  if (it != cache.end()) return it->second;
  if (cache.size() > 100) cache.clear();  // CPython's cache is bounded too
  return cache.emplace(f->s, parse_format(f->s)).first->second;
}

StructObject* self_struct(Args& a) {
  if (a.n < 1 || !kind_is(a.v[0], Kind::Native) || !a.v[0].o->type->is_subtype(g_struct_type))
    raise(exc_types().TypeError, "descriptor requires a '_struct.Struct' object");
  return static_cast<StructObject*>(a.v[0].o);
}

Value pack_with(const Layout& l, const Value* args, size_t n) {
  std::string out(l.size, '\0');
  pack_into_buffer(l, out.data(), args, n);
  return bytes_value(std::move(out));
}

std::string_view buffer_arg(Value v, std::string* scratch) { return need_buffer(v, scratch); }

Value unpack_with(const Layout& l, Value buffer) {
  std::string scratch;
  std::string_view data = buffer_arg(buffer, &scratch);
  if (data.size() != l.size) struct_error("unpack requires a buffer of " + std::to_string(l.size) + " bytes");
  return unpack_buffer(l, data);
}

int64_t offset_arg(Value v, size_t buffer_size, size_t need, bool packing) {
  int64_t off = index_value(v);
  int64_t size = static_cast<int64_t>(buffer_size);
  if (off < 0) {
    if (off + size < 0) {
      struct_error("offset " + std::to_string(off) + " out of range for " + std::to_string(size) + "-byte buffer");
    }
    off += size;
  }
  if (off > size || static_cast<size_t>(size - off) < need) {
    if (packing)
      struct_error("pack_into requires a buffer of at least " + std::to_string(need + static_cast<size_t>(off)) +
                   " bytes for packing " + std::to_string(need) + " bytes at offset " + std::to_string(off) +
                   " (actual buffer size is " + std::to_string(size) + ")");
    struct_error("unpack_from requires a buffer of at least " + std::to_string(need + static_cast<size_t>(off)) +
                 " bytes for unpacking " + std::to_string(need) + " bytes at offset " + std::to_string(off) +
                 " (actual buffer size is " + std::to_string(size) + ")");
  }
  return off;
}

Value unpack_from_with(const Layout& l, Value buffer, Value offset) {
  std::string scratch;
  std::string_view data = buffer_arg(buffer, &scratch);
  int64_t off = offset.is_undef() ? 0 : offset_arg(offset, data.size(), l.size, false);
  return unpack_buffer(l, data.substr(static_cast<size_t>(off), l.size));
}

void pack_into_with(const Layout& l, Value buffer, Value offset, const Value* args, size_t n) {
  if (!kind_is(buffer, Kind::ByteArray)) {
    if (is_bytes_like(buffer)) raise(exc_types().TypeError, "argument must be read-write bytes-like object, not " + type_name(buffer));
    raise(exc_types().TypeError, "argument must be read-write bytes-like object, not " + type_name(buffer));
  }
  ByteArray* ba = as<ByteArray>(buffer);
  std::string packed(l.size, '\0');
  if (n != l.nvalues)
    struct_error("pack_into expected " + std::to_string(l.nvalues) + " items for packing (got " + std::to_string(n) + ")");
  pack_into_buffer(l, packed.data(), args, n);
  int64_t off = offset_arg(offset, ba->data.size(), l.size, true);
  std::memcpy(ba->data.data() + off, packed.data(), l.size);
}

// The iterator of iter_unpack.
struct UnpackIter : NativeObject {
  Value owner;   // the Struct or format whose layout is used
  Value buffer;  // bytes-like
  size_t pos = 0;
  UnpackIter(Value owner, Value buffer) : NativeObject(g_unpack_iter_type), owner(owner), buffer(buffer) {}
  void trace(Tracer& t) override {
    t.mark(owner);
    t.mark(buffer);
  }
};

Value iter_unpack_with(Value owner, const Layout& l, Value buffer) {
  std::string scratch;
  std::string_view data = buffer_arg(buffer, &scratch);
  if (l.size == 0) struct_error("cannot iteratively unpack with a struct of length 0");
  if (data.size() % l.size != 0)
    struct_error("iterative unpacking requires a buffer of a multiple of " + std::to_string(l.size) + " bytes");
  Rooted keep_owner(owner), keep_buffer(buffer);
  return make_obj(heap().make<UnpackIter>(owner, buffer));
}

Value unpack_iter_next(Value self) {
  UnpackIter* it = static_cast<UnpackIter*>(self.o);
  const Layout& l = layout_of(it->owner);
  std::string scratch;
  std::string_view data = buffer_arg(it->buffer, &scratch);
  if (it->pos + l.size > data.size()) return Value();
  Value r = unpack_buffer(l, data.substr(it->pos, l.size));
  it->pos += l.size;
  return r;
}

// Struct(format)
Value struct_ctor(Args& a) {
  if (a.nkw() || a.n != 1) {
    if (a.n == 0 && a.nkw() == 1 && as_str(a.kwnames->items[0])->s == "format") {
      Args b{a.v, 1, nullptr};
      return struct_ctor(b);
    }
    raisef(exc_types().TypeError, "Struct() takes exactly 1 argument (%d given)", a.n + a.nkw());
  }
  Str* f = format_arg(a.v[0]);
  Rooted keep(make_obj(f));
  Layout l = parse_format(f->s);
  return make_obj(heap().make<StructObject>(g_struct_type, f, std::move(l)));
}

Value st_pack(Args& a) {
  StructObject* s = self_struct(a);
  check_no_keywords(a, "pack");
  return pack_with(s->layout, a.v + 1, static_cast<size_t>(a.n - 1));
}
Value st_unpack(Args& a) {
  StructObject* s = self_struct(a);
  check_no_keywords(a, "unpack");
  check_arg_count("unpack", a.n - 1, 1, 1);
  return unpack_with(s->layout, a.v[1]);
}
Value st_unpack_from(Args& a) {
  StructObject* s = self_struct(a);
  Value v[2];
  bind_keyword_args(a, "unpack_from", {"buffer", "offset"}, v);
  if (v[0].is_undef()) raise(exc_types().TypeError, "unpack_from() missing required argument 'buffer' (pos 1)");
  return unpack_from_with(s->layout, v[0], v[1]);
}
Value st_pack_into(Args& a) {
  StructObject* s = self_struct(a);
  check_no_keywords(a, "pack_into");
  if (a.n < 3) raisef(exc_types().TypeError, "pack_into expected buffer argument");
  pack_into_with(s->layout, a.v[1], a.v[2], a.v + 3, static_cast<size_t>(a.n - 3));
  return make_none();
}
Value st_iter_unpack(Args& a) {
  StructObject* s = self_struct(a);
  check_no_keywords(a, "iter_unpack");
  check_arg_count("iter_unpack", a.n - 1, 1, 1);
  return iter_unpack_with(a.v[0], s->layout, a.v[1]);
}
Value st_format(Value self) { return make_obj(static_cast<StructObject*>(self.o)->format); }
Value st_size(Value self) { return make_int(static_cast<int64_t>(static_cast<StructObject*>(self.o)->layout.size)); }

const MethodDef kStructMethods[] = {
    {"pack", st_pack},           {"unpack", st_unpack},           {"unpack_from", st_unpack_from},
    {"pack_into", st_pack_into}, {"iter_unpack", st_iter_unpack},
};
const GetSetDef kStructGetSets[] = {
    {"format", st_format, nullptr, false, "struct format string"},
    {"size", st_size, nullptr, false, "struct size in bytes"},
};

// ------------------------------------------------------- module functions

Value m_pack(Args& a) {
  check_no_keywords(a, "pack");
  if (a.n < 1) raise(exc_types().TypeError, "pack expected at least 1 argument, got 0");
  return pack_with(layout_of(a.v[0]), a.v + 1, static_cast<size_t>(a.n - 1));
}
Value m_unpack(Args& a) {
  check_no_keywords(a, "unpack");
  check_arg_count("unpack", a.n, 2, 2);
  return unpack_with(layout_of(a.v[0]), a.v[1]);
}
Value m_unpack_from(Args& a) {
  Value v[3];
  bind_function_args(a, "unpack_from", {"format", "buffer", "offset"}, v, 1);
  if (v[0].is_undef()) raise(exc_types().TypeError, "unpack_from() missing required argument 'format' (pos 1)");
  if (v[1].is_undef()) raise(exc_types().TypeError, "unpack_from() missing required argument 'buffer' (pos 2)");
  return unpack_from_with(layout_of(v[0]), v[1], v[2]);
}
Value m_pack_into(Args& a) {
  check_no_keywords(a, "pack_into");
  if (a.n < 3) raisef(exc_types().TypeError, "pack_into expected at least 3 arguments, got %d", a.n);
  pack_into_with(layout_of(a.v[0]), a.v[1], a.v[2], a.v + 3, static_cast<size_t>(a.n - 3));
  return make_none();
}
Value m_iter_unpack(Args& a) {
  check_no_keywords(a, "iter_unpack");
  check_arg_count("iter_unpack", a.n, 2, 2);
  return iter_unpack_with(a.v[0], layout_of(a.v[0]), a.v[1]);
}
Value m_calcsize(Args& a) {
  check_no_keywords(a, "calcsize");
  if (a.n != 1) raisef(exc_types().TypeError, "calcsize() takes exactly one argument (%d given)", a.n);
  return make_int(static_cast<int64_t>(layout_of(a.v[0]).size));
}
Value m_clearcache(Args&) {
  layout_cache().clear();
  return make_none();
}


}  // namespace

Module* init_struct_module() {
  Module* m = new_module("_struct");
  Rooted keep(make_obj(m));
  if (!g_error) {
    g_error = new_builtin_type("error", exc_types().Exception, Kind::Exception);
    g_error->module = intern("struct");
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_error));
    g_struct_type = new_builtin_type("Struct", types().object, Kind::Native);
    g_struct_type->module = intern("_struct");
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_struct_type));
    g_struct_type->ctor = struct_ctor;
    add_methods(g_struct_type, kStructMethods);
    add_getsets(g_struct_type, kStructGetSets);
    g_unpack_iter_type = new_builtin_type("unpack_iterator", types().object, Kind::Native);
    g_unpack_iter_type->module = intern("_struct");
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_unpack_iter_type));
    g_unpack_iter_type->subclassing = Subclassing::Final;
    g_unpack_iter_type->slots.iter = [](Value self) { return self; };
    g_unpack_iter_type->slots.iternext = unpack_iter_next;
    add_slot_methods(g_unpack_iter_type);
  }
  m->dict->set_str(intern("error"), make_obj(g_error));
  m->dict->set_str(intern("Struct"), make_obj(g_struct_type));
  add_function(m, "pack", m_pack);
  add_function(m, "unpack", m_unpack);
  add_function(m, "unpack_from", m_unpack_from);
  add_function(m, "pack_into", m_pack_into);
  add_function(m, "iter_unpack", m_iter_unpack);
  add_function(m, "calcsize", m_calcsize);
  add_function(m, "_clearcache", m_clearcache);
  return m;
}

}  // namespace coil::rt
