// Character classes and sets for _sre: CATEGORY's classes and the set
// programs of IN (CPython's sre_category and SRE(charset)).
#include "stdlib/sre.h"

namespace coil::rt::sre {

bool in_category(Code cat, uint32_t c) {
  switch (cat) {
    case CAT_DIGIT: return is_digit(c);
    case CAT_NOT_DIGIT: return !is_digit(c);
    case CAT_SPACE: return is_space(c);
    case CAT_NOT_SPACE: return !is_space(c);
    case CAT_WORD: return is_word(c);
    case CAT_NOT_WORD: return !is_word(c);
    case CAT_LINEBREAK: return c == '\n';
    case CAT_NOT_LINEBREAK: return c != '\n';
    case CAT_LOC_WORD: return is_loc_word(c);
    case CAT_LOC_NOT_WORD: return !is_loc_word(c);
    case CAT_UNI_DIGIT: return is_uni_digit(c);
    case CAT_UNI_NOT_DIGIT: return !is_uni_digit(c);
    case CAT_UNI_SPACE: return is_uni_space(c);
    case CAT_UNI_NOT_SPACE: return !is_uni_space(c);
    case CAT_UNI_WORD: return is_uni_word(c);
    case CAT_UNI_NOT_WORD: return !is_uni_word(c);
    case CAT_UNI_LINEBREAK: return is_uni_linebreak(c);
    case CAT_UNI_NOT_LINEBREAK: return !is_uni_linebreak(c);
    default: return false;
  }
}

bool in_charset(const Code* set, uint32_t c) {
  // NEGATE flips what a hit means; reaching FAILURE means no member held c.
  bool hit = true;
  for (;;) {
    switch (*set++) {
      case FAILURE:
        return !hit;
      case LITERAL:  // <LITERAL> <char>
        if (c == set[0]) return hit;
        set += 1;
        break;
      case CATEGORY:  // <CATEGORY> <code>
        if (in_category(set[0], c)) return hit;
        set += 1;
        break;
      case CHARSET:  // <CHARSET> <256-bit bitmap>
        if (c < 256 && (set[c >> 5] & (1u << (c & 31)))) return hit;
        set += 8;
        break;
      case RANGE:  // <RANGE> <lower> <upper>
        if (set[0] <= c && c <= set[1]) return hit;
        set += 2;
        break;
      case RANGE_UNI_IGNORE: {  // c is lower-cased already; its upper case may be in range too
        if (set[0] <= c && c <= set[1]) return hit;
        uint32_t up = upper_unicode(c);
        if (set[0] <= up && up <= set[1]) return hit;
        set += 2;
        break;
      }
      case NEGATE:
        hit = !hit;
        break;
      case BIGCHARSET: {
        // <BIGCHARSET> <block count> <256 block numbers, one byte each, in
        // 64 codes> <the blocks: a 256-bit bitmap each>. The block numbers
        // are bytes in memory order, as re._compiler packed them.
        Code blocks = *set++;
        if (c < 0x10000) {
          unsigned block = reinterpret_cast<const unsigned char*>(set)[c >> 8];
          const Code* bits = set + 64 + block * 8;
          if (bits[(c & 255) >> 5] & (1u << (c & 31))) return hit;
        }
        set += 64 + static_cast<size_t>(blocks) * 8;
        break;
      }
      default:
        return false;  // validated code never gets here
    }
  }
}

// IN_LOC_IGNORE: the set holds c in its lower or upper case.
bool in_charset_loc_ignore(const Code* set, uint32_t c) {
  uint32_t lo = lower_locale(c);
  if (in_charset(set, lo)) return true;
  uint32_t up = upper_locale(c);
  return up != lo && in_charset(set, up);
}

}  // namespace coil::rt::sre
