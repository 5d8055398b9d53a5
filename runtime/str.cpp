#include "runtime/str.h"

#include <cstring>
#include <unordered_map>

#include "runtime/heap.h"
#include "runtime/types.h"

namespace coil::rt {

int64_t utf8_length(std::string_view s) {
  // Eight bytes at a time while they are all ASCII (the common case).
  const char* p = s.data();
  size_t n = s.size(), i = 0;
  int64_t count = 0;
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
    count += 8;
  }
  for (; i < n; ++i) count += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
  return count;
}

bool utf8_valid(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!len || i + len > n) return false;
    for (int k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

uint32_t utf8_decode(std::string_view s, size_t& pos) {
  unsigned char c = s[pos++];
  if (c < 0x80) return c;
  int extra = (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : 3;
  uint32_t cp = c & (0x3F >> extra);
  for (int k = 0; k < extra && pos < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[pos++]) & 0x3F);
  return cp;
}

Str::Str(std::string text) : Object(Kind::Str, types().str), s(std::move(text)) {
  length = utf8_length(s);
  ascii = length == static_cast<int64_t>(s.size());
}

Str::Str(std::string text, int64_t len, bool is_ascii)
    : Object(Kind::Str, types().str), s(std::move(text)), length(len), ascii(is_ascii) {}

Str* new_str_known(std::string text, int64_t length, bool ascii) {
  return heap().make<Str>(std::move(text), length, ascii);
}

int64_t hash_bytes(std::string_view data) {
  // Eight bytes per step: multiply-xorshift mixing, then a final avalanche.
  // (CPython randomises str and bytes hashes, so no particular values are
  // expected; an ASCII str and its bytes hash alike, as in CPython, and
  // the empty ones hash to 0, as CPython's _Py_HashBytes does.)
  if (data.empty()) return 0;
  const char* p = data.data();
  size_t n = data.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xC2B2AE3D27D4EB4Full);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ (w * 0x87C37B91114253D5ull)) * 0x4CF5AD432745937Full;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  h = (h ^ (tail * 0x87C37B91114253D5ull)) * 0x4CF5AD432745937Full;
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  int64_t r = static_cast<int64_t>(h >> 1);
  return r == -1 ? -2 : r;
}

int64_t Str::hash() const {
  if (hash_ == -1) hash_ = hash_bytes(s);
  return hash_;
}

size_t Str::byte_offset(int64_t cp) const {
  if (ascii) return static_cast<size_t>(cp);
  size_t pos = 0;
  int64_t seen = 0;
  while (pos < s.size() && seen < cp) {
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
    ++seen;
  }
  return pos;
}

bool str_equal(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->interned && b->interned) return false;
  return a->s.size() == b->s.size() && a->s == b->s;
}

Str* new_str(std::string text) { return heap().make<Str>(std::move(text)); }
Str* new_str(std::string_view text) { return heap().make<Str>(std::string(text)); }
Str* new_str(const char* text) { return heap().make<Str>(std::string(text)); }
Value str_value(std::string_view text) { return make_obj(new_str(text)); }

namespace {
// Interned strings are immortal: they are roots (see vm.cpp trace_roots via
// interned_strings()).
std::unordered_map<std::string_view, Str*>& intern_table() {
  static std::unordered_map<std::string_view, Str*> t;
  return t;
}
}  // namespace

Str* intern(std::string_view text) {
  auto& t = intern_table();
  auto it = t.find(text);
  if (it != t.end()) return it->second;
  Str* s = new_str(text);
  s->interned = true;
  t.emplace(std::string_view(s->s), s);
  return s;
}

void trace_interned(Tracer& tr) {
  for (auto& [k, s] : intern_table()) tr.mark(s);
}

Str* ascii_char(unsigned char c) {
  static Str* table[128] = {};
  if (!table[c]) table[c] = intern(std::string_view(reinterpret_cast<const char*>(&c), 1));
  return table[c];
}

}  // namespace coil::rt
