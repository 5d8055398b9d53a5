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
