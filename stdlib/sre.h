// _sre: the regular expression engine under CPython's own `re` package.
//
// CPython's re/_parser.py parses a pattern and re/_compiler.py turns it into
// a list of 32-bit codes; _sre.compile wraps that list in a Pattern, whose
// methods run it against a subject with a backtracking matcher. coil writes
// natively only that part, as CPython writes it in C (Modules/_sre/), with
// the same opcodes, the same search strategy and the same results:
//
//   sre_engine.cpp    the matcher: match and search over one- or four-byte
//                     characters, backtracking on an explicit stack
//   sre_chars.cpp     character classes and sets
//   sre_state.cpp     the subject: reading it, cutting pieces out of it
//   sre_validate.cpp  the check that a code list is well formed, so that the
//                     matcher never reads outside it
//   sre_pattern.cpp   the Pattern type and _sre.compile
//   sre_match.cpp     the Match and SRE_Scanner types
//   sre_module.cpp    the module: constants and the case helpers
//
// The subject is read as CPython reads it: a str by code point (an ASCII str
// in place, any other decoded once to UTF-32), a bytes-like object by byte.
#pragma once
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "runtime/misc.h"
#include "runtime/unicode.h"

namespace coil::rt::sre {

using Code = uint32_t;

// MAGIC of CPython 3.11's re/_constants.py; re._compiler asserts it.
constexpr int kMagic = 20220615;
// SRE_MAXREPEAT: a repeat's "no upper bound", and the largest code value.
constexpr Code kMaxRepeat = 0xFFFFFFFFu;
// SRE_MAXGROUPS: INT32_MAX / 2, so that 2 * groups marks fit a C int.
constexpr int64_t kMaxGroups = 0x3FFFFFFF;

// The opcodes, numbered as re/_constants.py's OPCODES list.
enum Op : Code {
  FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CHARSET, BIGCHARSET,
  GROUPREF, GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL, MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL,
  NEGATE, RANGE, REPEAT, REPEAT_ONE, SUBPATTERN, MIN_REPEAT_ONE, ATOMIC_GROUP, POSSESSIVE_REPEAT,
  POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE, LITERAL_IGNORE, NOT_LITERAL_IGNORE,
  GROUPREF_LOC_IGNORE, IN_LOC_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE,
  GROUPREF_UNI_IGNORE, IN_UNI_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, RANGE_UNI_IGNORE,
};

// AT's operand (ATCODES).
enum At : Code {
  AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY, AT_END,
  AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY, AT_UNI_BOUNDARY,
  AT_UNI_NON_BOUNDARY,
};

// CATEGORY's operand (CHCODES).
enum Category : Code {
  CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD, CAT_LINEBREAK,
  CAT_NOT_LINEBREAK, CAT_LOC_WORD, CAT_LOC_NOT_WORD, CAT_UNI_DIGIT, CAT_UNI_NOT_DIGIT,
  CAT_UNI_SPACE, CAT_UNI_NOT_SPACE, CAT_UNI_WORD, CAT_UNI_NOT_WORD, CAT_UNI_LINEBREAK,
  CAT_UNI_NOT_LINEBREAK,
};

// Pattern flags (SRE_FLAG_*) and INFO flags (SRE_INFO_*).
enum : int {
  FLAG_TEMPLATE = 1, FLAG_IGNORECASE = 2, FLAG_LOCALE = 4, FLAG_MULTILINE = 8, FLAG_DOTALL = 16,
  FLAG_UNICODE = 32, FLAG_VERBOSE = 64, FLAG_DEBUG = 128, FLAG_ASCII = 256,
};
enum : Code { INFO_PREFIX = 1, INFO_LITERAL = 2, INFO_CHARSET = 4 };

// ---- characters

// ASCII case and classes, as CPython's Py_TOLOWER / Py_ISALNUM.
inline uint32_t lower_ascii(uint32_t c) { return c - 'A' < 26 ? c + 32 : c; }
inline uint32_t upper_ascii(uint32_t c) { return c - 'a' < 26 ? c - 32 : c; }
inline bool is_ascii_alnum(uint32_t c) { return c - '0' < 10 || (c | 32) - 'a' < 26; }

// LOCALE's case and word characters. CPython asks the C library's current
// LC_CTYPE; under the UTF-8 locales it runs in, bytes past 127 are no
// characters, so these are the ASCII rules.
inline uint32_t lower_locale(uint32_t c) { return c < 128 ? lower_ascii(c) : c; }
inline uint32_t upper_locale(uint32_t c) { return c < 128 ? upper_ascii(c) : c; }

// Py_UNICODE_TOLOWER / TOUPPER: the one-character case mapping, which for a
// character whose full mapping has several is the first of them (U+0130
// lowers to 'i', 'ß' uppers to 'S').
inline uint32_t lower_unicode(uint32_t c) {
  if (c < 128) return lower_ascii(c);
  uint32_t out[3];
  unicode::to_lower(c, out);
  return out[0];
}
inline uint32_t upper_unicode(uint32_t c) {
  if (c < 128) return upper_ascii(c);
  uint32_t out[3];
  unicode::to_upper(c, out);
  return out[0];
}

// CPython's SRE_IS_* (ASCII), SRE_LOC_IS_* and SRE_UNI_IS_* (Unicode)
// predicates.
inline bool is_digit(uint32_t c) { return c - '0' < 10; }
inline bool is_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool is_word(uint32_t c) { return c < 128 && (is_ascii_alnum(c) || c == '_'); }
inline bool is_loc_word(uint32_t c) { return c < 128 && (is_ascii_alnum(c) || c == '_'); }
inline bool is_uni_word(uint32_t c) {
  if (c < 128) return is_ascii_alnum(c) || c == '_';
  return unicode::is_alnum(c);
}
inline bool is_uni_linebreak(uint32_t c) {
  switch (c) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E: case 0x85:
    case 0x2028: case 0x2029:
      return true;
    default:
      return false;
  }
}
inline bool is_uni_digit(uint32_t c) { return c < 128 ? is_digit(c) : unicode::is_decimal(c); }
inline bool is_uni_space(uint32_t c) {
  if (c < 128) return is_space(c) || (c >= 0x1C && c <= 0x1F);
  return unicode::is_space(c);
}

// LITERAL_LOC_IGNORE: c equals the pattern's character in some case.
inline bool loc_ignore_equal(uint32_t pattern, uint32_t c) {
  return c == pattern || lower_locale(c) == pattern || upper_locale(c) == pattern;
}

// Whether CATEGORY `cat` holds character c.
bool in_category(Code cat, uint32_t c);
// Whether the set starting at `set` (a charset program ending in FAILURE)
// holds c.
bool in_charset(const Code* set, uint32_t c);
// IN_LOC_IGNORE: whether the set holds c in its lower or upper case.
bool in_charset_loc_ignore(const Code* set, uint32_t c);

// ---- the matcher's state

// A stack of plain items that grows geometrically, for the matcher's
// backtracking records: pushing and popping are inline and call out only to
// grow. MemoryError when it cannot grow. Past a megabyte it lives in pages
// of its own that grow in place (mremap), so that a deep match needs about
// the memory its records take, not that twice over while it grows.
template <class T>
class Stack {
 public:
  Stack() = default;
  Stack(const Stack&) = delete;
  Stack& operator=(const Stack&) = delete;
  ~Stack() { release(); }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](size_t i) { return data_[i]; }
  T& back() { return data_[size_ - 1]; }
  // Room for n more items, returned uninitialised.
  T* push_n(size_t n) {
    if (cap_ - size_ < n) grow(n);
    T* p = data_ + size_;
    size_ += n;
    return p;
  }
  T* push() { return push_n(1); }
  void pop_n(size_t n) { size_ -= n; }
  void pop() { --size_; }
  void clear() { size_ = 0; }

 private:
  void grow(size_t n);
  void release();
  T* data_ = nullptr;
  size_t size_ = 0, cap_ = 0;
  bool mapped_ = false;  // data_ is an mmap'd region of cap_ items
};

// A REPEAT in progress: the MAX_UNTIL / MIN_UNTIL at the end of its body
// counts iterations here. Repeats nest as the contexts that made them, so
// they live on a stack and refer to each other by index.
struct Repeat {
  int64_t count;        // iterations done, -1 before the first
  const Code* pattern;  // REPEAT's operands: skip, min, max, body
  int64_t last_ptr;     // where the last iteration started (-1: none)
  int32_t prev;         // the enclosing repeat, or -1
};

// One activation of the matcher: what CPython's SRE(match_context) holds.
// A context that calls a sub-match saves its position here and is resumed
// where `jump` says when the child returns.
struct Context {
  int64_t count;
  int64_t ptr;
  const Code* pattern;
  uint32_t chr;
  int32_t rep;
  int32_t lastmark, lastindex;
  bool toplevel;
  bool pushed;  // marks were saved on State::saved for this context
  uint8_t jump;
};

// A subject and the matcher's state over it (CPython's SRE_STATE). Positions
// are character indices into the subject; -1 stands for CPython's NULL.
struct State {
  // The subject. A str is read in place when it is ASCII (`narrow` points
  // into it) and otherwise decoded to `wide`; bytes are read in place; the
  // contents of a bytearray or memoryview are copied, so that script code
  // run by a signal handler cannot move them.
  Value string;  // the caller keeps it reachable
  bool isbytes = false;
  const uint8_t* narrow = nullptr;
  std::shared_ptr<const std::u32string> wide;
  std::string copy;
  int64_t length = 0;

  int64_t pos = 0, endpos = 0;  // the bounds asked for, clipped to the subject
  int64_t start = 0;            // where the match begins
  int64_t ptr = 0;              // the matcher's current position
  int64_t end = 0;              // endpos: nothing at or past it is read
  bool match_all = false;       // fullmatch: the match must reach `end`
  bool must_advance = false;    // an empty match at `start` is refused

  // Group marks: mark[2g] and mark[2g+1] bound group g+1; valid up to
  // lastmark. lastindex is the last group closed.
  std::vector<int64_t> mark;
  int32_t lastmark = -1, lastindex = -1;

  int32_t repeat = -1;  // the innermost repeat, an index into repeats
  Stack<Repeat> repeats;
  Stack<Context> contexts;
  Stack<int64_t> saved;  // marks and last_ptrs saved for backtracking
  uint32_t steps = 0;    // counts dispatches between signal checks

  State() = default;
  State(const State&) = delete;
  State& operator=(const State&) = delete;

  bool is_wide() const { return wide != nullptr; }
  // Clears the groups and the stacks before a new attempt.
  void reset();
};

struct PatternObject;

// Sets st up to run p over `string` from pos to endpos (both clipped to the
// subject), as CPython's state_init: TypeError for an object that is neither
// str nor bytes-like, or whose kind differs from the pattern's.
void state_init(State& st, const PatternObject* p, Value string, int64_t pos, int64_t endpos);

// Runs the code at st.start: a match anchored there (honouring match_all and
// must_advance), or a search from there on. On success st.start and st.ptr
// bound the match and the marks hold the groups. Raises RecursionError,
// MemoryError, a signal handler's exception, or RuntimeError for code the
// matcher does not know.
bool run_match(State& st, const std::vector<Code>& code);
bool run_search(State& st, const std::vector<Code>& code);

// subject[i:j] as CPython's getslice makes it: the subject itself when it is
// an exact str or bytes and the slice is all of it, else a new str or bytes.
Value state_slice(const State& st, int64_t i, int64_t j);
// The text of group `index` (1-based), or `empty`'s choice for a group that
// did not take part: the empty str/bytes, or None.
Value state_group(const State& st, int64_t index, bool empty);

// string[i:j] for any subject (a Match's, whose bytes-like subject is read
// again each time, as CPython does); `wide` holds a non-ASCII str's code
// points, `narrow` the bytes otherwise.
Value slice_subject(Value string, bool isbytes, const uint8_t* narrow, const std::u32string* wide, int64_t length,
                    int64_t i, int64_t j);
// The pieces of sub()'s result joined, as str.join or bytes.join would
// (their TypeErrors for a piece of the wrong type included).
Value join_pieces(const std::vector<Value>& pieces, bool isbytes);

// Whether a code list is one re._compiler could have made for `groups`
// groups (CPython's _validate).
bool code_is_valid(const std::vector<Code>& code, int64_t groups);

// ---- the Python types

struct PatternObject : NativeObject {
  std::vector<Code> code;
  Value pattern;     // the source: str, bytes, or None
  Value groupindex;  // dict of name -> group number; Undef when there are none
  Value indexgroup;  // tuple of group number -> name; Undef when there are none
  int64_t groups = 0;
  int flags = 0;
  int isbytes = -1;  // 0 str, 1 bytes, -1 no pattern source
  PatternObject();
  void trace(Tracer& t) override;
  size_t heap_size() const override { return sizeof(PatternObject) + code.capacity() * sizeof(Code); }
};

struct MatchObject : NativeObject {
  Value string;   // the subject as given
  Value pattern;  // its PatternObject
  Value regs;     // the regs tuple once asked for, else Undef
  // marks[2g], marks[2g+1]: the span of group g (0: the whole match), -1
  // for a group that did not take part.
  std::vector<int64_t> marks;
  int64_t pos = 0, endpos = 0;
  int64_t lastindex = -1;
  // The subject's code points when it is a non-ASCII str, shared with the
  // state that matched, so that groups are cut without decoding it again.
  std::shared_ptr<const std::u32string> wide;
  MatchObject();
  void trace(Tracer& t) override;
  size_t heap_size() const override { return sizeof(MatchObject) + marks.capacity() * sizeof(int64_t); }
  int64_t groups() const { return static_cast<int64_t>(marks.size() / 2); }
};

struct ScannerObject : NativeObject {
  Value pattern;  // its PatternObject
  State state;
  bool done = false;       // the last attempt failed: every later one returns None
  bool executing = false;  // a match or search is running (re-entry is refused)
  ScannerObject();
  void trace(Tracer& t) override;
};

TypeObject* pattern_type();
TypeObject* match_type();
TypeObject* scanner_type();
void init_pattern_type();
void init_match_types();

// A Match for the state's successful run.
Value new_match(PatternObject* p, const State& st);
// A scanner over `string` (Pattern.scanner / finditer).
Value new_scanner(PatternObject* p, Value string, int64_t pos, int64_t endpos);

// _sre.compile(pattern, flags, code, groups, groupindex, indexgroup).
Value sre_compile(Args& a);

// The attribute `name` of CPython's re module (re._subx, re._expand).
Value re_module_attr(const char* name);

}  // namespace coil::rt::sre
