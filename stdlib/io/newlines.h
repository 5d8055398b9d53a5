// Universal newlines, shared by StringIO, TextIOWrapper and
// IncrementalNewlineDecoder: the translation of \r and \r\n to \n (CPython's
// _PyIncrementalNewlineDecoder_decode) and the search for a line's end
// (_PyIO_find_line_ending).
//
// The text is UTF-8 (StringIO's buffer is UTF-32); '\r' and '\n' are single
// units in both, and no multi-byte UTF-8 sequence contains their bytes, so
// both work unit by unit.
#pragma once
#include <cstdint>
#include <string>

#include "runtime/value.h"

namespace coil::rt::io {

// The kinds of newline seen so far (IncrementalNewlineDecoder.newlines).
enum SeenNewline : uint8_t { kSeenCR = 1, kSeenLF = 2, kSeenCRLF = 4 };

struct NewlineDecoder {
  bool translate = false;  // \r and \r\n become \n
  // The last \r of the previous piece, held back so that a \r\n split
  // between two pieces stays one line ending.
  bool pendingcr = false;
  uint8_t seennl = 0;  // SeenNewline bits

  // `text` (already decoded) with newlines recorded and, when translating,
  // translated.
  std::string decode(std::string text, bool final);
  void reset() {
    seennl = 0;
    pendingcr = false;
  }
  // None, '\n', or a tuple of the kinds seen in the order \r, \n, \r\n.
  Value newlines() const;
};

// The length of the first line of [start, end) including its ending, or -1
// when it has no line ending yet; then *consumed says how much of the text
// can be skipped when searching again after more arrives. `translated`:
// only \n ends lines; `universal`: \r, \n and \r\n do; otherwise `readnl`
// (of readnl_len units) does.
template <class C>
int64_t find_line_ending(bool translated, bool universal, const C* readnl, size_t readnl_len, const C* start,
                         const C* end, int64_t* consumed) {
  int64_t len = end - start;
  if (translated || (!universal && readnl_len == 1)) {
    C nl = translated ? C('\n') : readnl[0];
    for (const C* s = start; s < end; ++s)
      if (*s == nl) return (s - start) + 1;
    *consumed = len;
    return -1;
  }
  if (universal) {
    for (const C* s = start; s < end; ++s) {
      if (*s == C('\n')) return (s - start) + 1;
      if (*s == C('\r')) {
        if (s + 1 < end && s[1] == C('\n')) return (s - start) + 2;
        return (s - start) + 1;
      }
    }
    *consumed = len;
    return -1;
  }
  // A multi-unit readnl ("\r\n"): its first unit may sit at the very end,
  // waiting for the rest.
  const C* last_start = end - static_cast<int64_t>(readnl_len - 1);
  if (last_start < start) last_start = start;
  for (const C* s = start; s < last_start; ++s) {
    if (*s != readnl[0]) continue;
    size_t i = 1;
    while (i < readnl_len && s[i] == readnl[i]) ++i;
    if (i == readnl_len) return (s - start) + static_cast<int64_t>(readnl_len);
  }
  for (const C* s = last_start; s < end; ++s)
    if (*s == readnl[0]) {
      *consumed = s - start;
      return -1;
    }
  *consumed = len;
  return -1;
}

}  // namespace coil::rt::io
