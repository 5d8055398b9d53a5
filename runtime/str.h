// str: immutable text stored as UTF-8.
//
// Indexing and len() count code points, as Python does. For ASCII text (the
// common case, flagged by `ascii`) byte and code point offsets coincide and
// every operation is O(1); other text pays a scan to find code point offsets.
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace coil::rt {

struct Str : Object {
  std::string s;
  int64_t length;          // in code points
  mutable int64_t hash_ = -1;  // cached; -1 until computed
  bool ascii;
  bool interned = false;

  explicit Str(std::string text);
  // When the caller already knows the code point count (concatenation).
  Str(std::string text, int64_t length, bool ascii);
  size_t heap_size() const override { return sizeof(Str) + s.capacity(); }
  int64_t hash() const;  // hash_bytes(s), cached
  std::string_view view() const { return s; }
  // Byte offset of code point index `cp` (0 <= cp <= length).
  size_t byte_offset(int64_t cp) const;
};

// The hash of str and bytes content (never -1).
int64_t hash_bytes(std::string_view data);

// New string objects. intern() returns the one shared object for a text and
// is used for identifiers, attribute names and dict keys from source code.
Str* new_str(std::string text);
Str* new_str(std::string_view text);
Str* new_str(const char* text);
Str* new_str_known(std::string text, int64_t length, bool ascii);
Str* intern(std::string_view text);
Value str_value(std::string_view text);
// The one-character strings of ASCII, preallocated.
Str* ascii_char(unsigned char c);
bool str_equal(const Str* a, const Str* b);

// The interned string for a literal, looked up once per call site (interned
// strings are immortal, so caching the pointer is safe).
#define COIL_NAME(lit)                          \
  ([]() -> ::coil::rt::Str* {                   \
    static ::coil::rt::Str* s_ = ::coil::rt::intern(lit); \
    return s_;                                  \
  }())

// UTF-8 helpers.
int64_t utf8_length(std::string_view s);
bool utf8_valid(std::string_view s);
void utf8_append(std::string& out, uint32_t cp);
uint32_t utf8_decode(std::string_view s, size_t& pos);

}  // namespace coil::rt
