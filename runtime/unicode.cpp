#include "runtime/unicode.h"

namespace coil::rt::unicode {

namespace {

struct Record {
  uint16_t flags;
  int8_t decimal;
  int8_t digit;
  // Deltas from the code point, or offsets into kSpecialCasing when the
  // record has kExtended.
  int32_t lower, upper, title, fold;
};

#include "runtime/unicode_tables.inc"

const Record& record(uint32_t c) {
  if (c > 0x10FFFF) return kRecords[0];  // unassigned: no flags, maps to itself
  constexpr uint32_t mask = (1u << kShift) - 1;
  return kRecords[kBlocks[(static_cast<uint32_t>(kBlockIndex[c >> kShift]) << kShift) + (c & mask)]];
}

bool has(uint32_t c, uint16_t flag) { return (record(c).flags & flag) != 0; }

int mapping(uint32_t c, int32_t Record::*field, uint32_t out[3]) {
  const Record& r = record(c);
  int32_t v = r.*field;
  if (!(r.flags & kExtended)) {
    out[0] = static_cast<uint32_t>(static_cast<int64_t>(c) + v);
    return 1;
  }
  const uint32_t* p = kSpecialCasing + v;
  int n = static_cast<int>(p[0]);
  for (int i = 0; i < n; ++i) out[i] = p[1 + i];
  return n;
}

}  // namespace

bool is_alpha(uint32_t c) { return has(c, kAlpha); }
bool is_decimal(uint32_t c) { return has(c, kDecimal); }
bool is_digit(uint32_t c) { return has(c, kDigit); }
bool is_numeric(uint32_t c) { return has(c, kNumeric); }
bool is_alnum(uint32_t c) { return has(c, kAlpha | kDecimal | kDigit | kNumeric); }
bool is_lower(uint32_t c) { return has(c, kLower); }
bool is_upper(uint32_t c) { return has(c, kUpper); }
bool is_title(uint32_t c) { return has(c, kTitle); }
bool is_space(uint32_t c) { return has(c, kSpace); }
bool is_printable(uint32_t c) { return has(c, kPrintable); }
bool is_cased(uint32_t c) { return has(c, kCased); }
bool is_case_ignorable(uint32_t c) { return has(c, kCaseIgnorable); }

int decimal_value(uint32_t c) { return record(c).decimal; }
int digit_value(uint32_t c) { return record(c).digit; }

int to_lower(uint32_t c, uint32_t out[3]) { return mapping(c, &Record::lower, out); }
int to_upper(uint32_t c, uint32_t out[3]) { return mapping(c, &Record::upper, out); }
int to_title(uint32_t c, uint32_t out[3]) { return mapping(c, &Record::title, out); }
int to_folded(uint32_t c, uint32_t out[3]) { return mapping(c, &Record::fold, out); }

}  // namespace coil::rt::unicode
