// The check that _sre.compile makes of a code list before the matcher may
// run it (CPython's _validate in Modules/_sre/sre.c): every operation is
// known, every operand and skip stays inside the list, and the shapes are
// the ones re._compiler emits. After it the matcher reads no code out of
// bounds, whatever list a script passes to _sre.compile.
//
// Code made by re._compiler is position independent: all jumps go forward,
// and they nest (a later jump never lands past an earlier one's target), so
// each structure can be checked as a span of its own.
#include "runtime/stack_guard.h"
#include "stdlib/sre.h"

namespace coil::rt::sre {

namespace {

// A cursor over [code, end) that reports failure by returning false.
struct Reader {
  const Code* code;
  const Code* end;
  bool get(Code* out) {
    if (code >= end) return false;
    *out = *code++;
    return true;
  }
  // A skip: the count of codes from its own position to its target, which
  // (less `adj`) must stay inside the span.
  bool skip(Code* out, Code adj = 0) {
    if (code >= end) return false;
    *out = *code;
    if (*out - adj > static_cast<uint64_t>(end - code)) return false;
    code++;
    return true;
  }
};

bool valid_category(Code c) { return c <= CAT_UNI_NOT_LINEBREAK; }

// A charset program, without its final FAILURE.
bool valid_charset(const Code* code, const Code* end) {
  Reader r{code, end};
  Code op, arg;
  while (r.code < r.end) {
    if (!r.get(&op)) return false;
    switch (op) {
      case NEGATE:
        break;
      case LITERAL:
        if (!r.get(&arg)) return false;
        break;
      case RANGE:
      case RANGE_UNI_IGNORE:
        if (!r.get(&arg) || !r.get(&arg)) return false;
        break;
      case CHARSET:
        if (8 > r.end - r.code) return false;  // a 256-bit bitmap
        r.code += 8;
        break;
      case BIGCHARSET: {
        Code blocks;
        if (!r.get(&blocks)) return false;
        if (64 > r.end - r.code) return false;  // 256 block numbers, one byte each
        const unsigned char* index = reinterpret_cast<const unsigned char*>(r.code);
        for (int i = 0; i < 256; ++i)
          if (index[i] >= blocks) return false;
        r.code += 64;
        if (static_cast<uint64_t>(blocks) * 8 > static_cast<uint64_t>(r.end - r.code)) return false;
        r.code += static_cast<size_t>(blocks) * 8;
        break;
      }
      case CATEGORY:
        if (!r.get(&arg) || !valid_category(arg)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

// The outcome of checking a span: bad, good, or good and ending in a JUMP
// (the "yes" part of a GROUPREF_EXISTS with a "no" part).
enum Check { kBad, kGood, kEndsInJump };

Check valid_span(const Code* code, const Code* end, int64_t groups) {
  check_c_stack();  // spans nest as deep as the pattern's groups
  if (code > end) return kBad;
  Reader r{code, end};
  Code op, arg, skip;
  while (r.code < r.end) {
    if (!r.get(&op)) return kBad;
    switch (op) {
      case MARK:
        // Marks need not nest properly: the matcher copes, and the worst is
        // a nonsensical group.
        if (!r.get(&arg) || arg > 2 * static_cast<uint64_t>(groups) + 1) return kBad;
        break;

      case LITERAL:
      case NOT_LITERAL:
      case LITERAL_IGNORE:
      case NOT_LITERAL_IGNORE:
      case LITERAL_UNI_IGNORE:
      case NOT_LITERAL_UNI_IGNORE:
      case LITERAL_LOC_IGNORE:
      case NOT_LITERAL_LOC_IGNORE:
        if (!r.get(&arg)) return kBad;  // any character
        break;

      case SUCCESS:
      case FAILURE:
      case ANY:
      case ANY_ALL:
        break;

      case AT:
        if (!r.get(&arg) || arg > AT_UNI_NON_BOUNDARY) return kBad;
        break;

      case IN:
      case IN_IGNORE:
      case IN_UNI_IGNORE:
      case IN_LOC_IGNORE:
        // <IN> <skip> charset <FAILURE>
        if (!r.skip(&skip) || skip < 2) return kBad;
        if (!valid_charset(r.code, r.code + skip - 2) || r.code[skip - 2] != FAILURE) return kBad;
        r.code += skip - 1;
        break;

      case INFO: {
        // <INFO> <skip> <flags> <min> <max> [prefix | charset]
        if (!r.skip(&skip) || skip < 1) return kBad;
        const Code* after = r.code + skip - 1;
        Code flags;
        if (!r.get(&flags) || !r.get(&arg) || !r.get(&arg)) return kBad;
        if (flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) return kBad;
        if ((flags & INFO_PREFIX) && (flags & INFO_CHARSET)) return kBad;
        if ((flags & INFO_LITERAL) && !(flags & INFO_PREFIX)) return kBad;
        if (flags & INFO_PREFIX) {
          // <length> <skip> <prefix> <overlap table>
          Code len;
          if (!r.get(&len) || !r.get(&arg) || arg > len) return kBad;  // the skip is within the prefix
          if (r.code > after || len > static_cast<uint64_t>(after - r.code)) return kBad;
          r.code += len;
          if (len > static_cast<uint64_t>(after - r.code)) return kBad;
          for (Code i = 0; i < len; ++i)
            if (r.code[i] >= len) return kBad;
          r.code += len;
        }
        if (flags & INFO_CHARSET) {
          if (after <= r.code || !valid_charset(r.code, after - 1) || after[-1] != FAILURE) return kBad;
          r.code = after;
        } else if (r.code != after) {
          return kBad;
        }
        break;
      }

      case BRANCH: {
        // <BRANCH> (<skip> alternative <JUMP> <to the end>)... <0>, every
        // JUMP landing at the same place.
        const Code* target = nullptr;
        for (;;) {
          if (!r.skip(&skip)) return kBad;
          if (skip == 0) break;
          if (skip < 3) return kBad;
          if (valid_span(r.code, r.code + skip - 3, groups) != kGood) return kBad;
          r.code += skip - 3;
          if (!r.get(&op) || op != JUMP || !r.skip(&skip) || skip < 1) return kBad;
          const Code* to = r.code + skip - 1;
          if (!target)
            target = to;
          else if (to != target)
            return kBad;
        }
        if (r.code != target) return kBad;
        break;
      }

      case REPEAT_ONE:
      case MIN_REPEAT_ONE:
      case POSSESSIVE_REPEAT_ONE: {
        // <op> <skip> <min> <max> item <SUCCESS>
        Code min, max;
        if (!r.skip(&skip) || skip < 4 || !r.get(&min) || !r.get(&max)) return kBad;
        if (min > max) return kBad;
        if (valid_span(r.code, r.code + skip - 4, groups) != kGood) return kBad;
        r.code += skip - 4;
        if (!r.get(&op) || op != SUCCESS) return kBad;
        break;
      }

      case REPEAT:
      case POSSESSIVE_REPEAT: {
        // <op> <skip> <min> <max> item <UNTIL> (SUCCESS for the possessive)
        Code which = op, min, max;
        if (!r.skip(&skip) || skip < 3 || !r.get(&min) || !r.get(&max)) return kBad;
        if (min > max) return kBad;
        if (valid_span(r.code, r.code + skip - 3, groups) != kGood) return kBad;
        r.code += skip - 3;
        if (!r.get(&op)) return kBad;
        if (which == POSSESSIVE_REPEAT ? op != SUCCESS : (op != MAX_UNTIL && op != MIN_UNTIL)) return kBad;
        break;
      }

      case ATOMIC_GROUP:
        // <ATOMIC_GROUP> <skip> pattern <SUCCESS>
        if (!r.skip(&skip) || skip < 2) return kBad;
        if (valid_span(r.code, r.code + skip - 2, groups) != kGood) return kBad;
        r.code += skip - 2;
        if (!r.get(&op) || op != SUCCESS) return kBad;
        break;

      case GROUPREF:
      case GROUPREF_IGNORE:
      case GROUPREF_UNI_IGNORE:
      case GROUPREF_LOC_IGNORE:
        if (!r.get(&arg) || arg >= static_cast<uint64_t>(groups)) return kBad;
        break;

      case GROUPREF_EXISTS: {
        // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no], the skip
        // counted from the group operand. Whether there is a "no" part shows
        // only in whether "yes" ends in a JUMP.
        if (!r.get(&arg) || arg >= static_cast<uint64_t>(groups)) return kBad;
        if (!r.skip(&skip, 1) || skip < 2) return kBad;
        r.code--;  // back to the skip, which the offsets count from
        Check yes = valid_span(r.code + 1, r.code + skip - 1, groups);
        if (yes == kEndsInJump) {
          r.code += skip - 2;  // at the JUMP's skip
          if (!r.skip(&skip) || skip < 1) return kBad;
          if (valid_span(r.code, r.code + skip - 1, groups) != kGood) return kBad;
        } else if (yes == kBad) {
          return kBad;
        }
        r.code += skip - 1;
        break;
      }

      case ASSERT:
      case ASSERT_NOT:
        // <op> <skip> <back> pattern <SUCCESS>
        if (!r.skip(&skip) || skip < 3 || !r.get(&arg)) return kBad;
        r.code--;  // back over <back>: the offsets count from the skip
        if (valid_span(r.code + 1, r.code + skip - 2, groups) != kGood) return kBad;
        r.code += skip - 2;
        if (!r.get(&op) || op != SUCCESS) return kBad;
        break;

      case JUMP:
        // Only as the last operation of a span (a GROUPREF_EXISTS "yes").
        if (r.code + 1 != r.end) return kBad;
        return kEndsInJump;

      default:
        return kBad;
    }
  }
  return kGood;
}

}  // namespace

bool code_is_valid(const std::vector<Code>& code, int64_t groups) {
  if (groups < 0 || groups > kMaxGroups || code.empty() || code.back() != SUCCESS) return false;
  if (valid_span(code.data(), code.data() + code.size() - 1, groups) != kGood) return false;
  // A search skips the first `prefix skip` operations after a literal
  // prefix, which must therefore be LITERALs (as re._compiler makes them;
  // CPython does not check, and a skip into the middle of an operation
  // would read outside the code).
  if (code[0] == INFO && (code[2] & INFO_PREFIX)) {
    size_t body = 1 + static_cast<size_t>(code[1]);
    for (Code k = 0; k < code[6]; ++k) {
      size_t at = body + 2 * static_cast<size_t>(k);
      if (at + 1 >= code.size() || code[at] != LITERAL) return false;
    }
  }
  return true;
}

}  // namespace coil::rt::sre
