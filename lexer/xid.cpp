#include "lexer/xid.h"

#include <algorithm>
#include <iterator>

namespace coil::parse {

namespace {

struct XidRange {
  uint32_t lo, hi;
};

#include "lexer/xid_tables.inc"

template <size_t N>
bool in_table(const XidRange (&table)[N], uint32_t cp) {
  auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                             [](uint32_t c, const XidRange& r) { return c < r.lo; });
  return it != std::begin(table) && cp <= std::prev(it)->hi;
}

}  // namespace

bool is_xid_start(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  return in_table(kXidStart, cp);
}

bool is_xid_continue(uint32_t cp) {
  if (cp < 0x80) return is_xid_start(cp) || (cp >= '0' && cp <= '9');
  return in_table(kXidContinue, cp);
}

}  // namespace coil::parse

namespace coil::parse {

bool is_identifier(std::string_view text) {
  if (text.empty()) return false;
  size_t i = 0;
  bool first = true;
  while (i < text.size()) {
    // Decode one code point of (valid) UTF-8.
    unsigned char b = static_cast<unsigned char>(text[i]);
    int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1Fu) : len == 3 ? (b & 0x0Fu) : (b & 0x07u);
    for (int k = 1; k < len && i + k < text.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    i += static_cast<size_t>(len);
    if (!(first ? is_xid_start(cp) : is_xid_continue(cp))) return false;
    first = false;
  }
  return true;
}

}  // namespace coil::parse
