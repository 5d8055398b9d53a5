// The matcher of _sre: CPython's Modules/_sre/sre_lib.h, rewritten for coil.
//
// The code list is a program: each opcode reads the subject at `ptr` and
// moves on, or fails. Alternatives and repeats are tried by backtracking,
// and backtracking never recurses on the C++ stack: an operation that must
// try a sub-pattern and act on its outcome ("call" below) pushes a Context,
// runs the sub-pattern in the same loop, and is resumed at the point named
// by the child's `jump` when the child succeeds or fails. Marks saved for
// backtracking go on State::saved. Deep or catastrophic patterns therefore
// only grow those stacks (MemoryError when they cannot), and the loop polls
// for signals so that Ctrl-C interrupts a long match.
//
// The matcher is a template over the subject's character width: one byte
// (bytes, ASCII str) or four (any other str).
#include <cstring>

#include "runtime/exception.h"
#include "runtime/signals.h"
#include "runtime/stack_guard.h"
#include "stdlib/sre.h"

namespace coil::rt::sre {

// ---- the matcher

namespace {

[[noreturn]] void internal_error() {
  raise(exc_types().RuntimeError, "internal error in regular expression engine");
}

// Where a context resumes when its child returns (CPython's JUMP_*).
enum Resume : uint8_t {
  R_NONE, R_MAX_UNTIL_1, R_MAX_UNTIL_2, R_MAX_UNTIL_3, R_MIN_UNTIL_1, R_MIN_UNTIL_2,
  R_MIN_UNTIL_3, R_REPEAT, R_REPEAT_ONE_1, R_REPEAT_ONE_2, R_MIN_REPEAT_ONE, R_BRANCH,
  R_ASSERT, R_ASSERT_NOT, R_POSS_REPEAT_1, R_POSS_REPEAT_2, R_ATOMIC_GROUP,
};

template <class Ch>
class Matcher {
 public:
  Matcher(State& st, const Ch* text) : st_(st), s_(text) {}

  // Whether the code at `pattern` matches at st.ptr. On success st.ptr is
  // the end of the match. `toplevel`: this is the whole pattern, so SUCCESS
  // honours match_all and must_advance.
  bool match(const Code* pattern, bool toplevel);
  // Whether the code matches anywhere from st.start on; on success
  // st.start/st.ptr bound the match.
  bool search(const Code* pattern);

 private:
  bool at(int64_t ptr, Code where) const;
  // How many times (up to maxcount) the one-character item at `pattern`
  // matches from st.ptr on.
  int64_t count(const Code* pattern, int64_t maxcount);

  // The marks up to lastmark, saved before trying something that may
  // overwrite them, and put back when it fails.
  void push_marks(int32_t lastmark) {
    if (lastmark < 0) return;
    size_t n = static_cast<size_t>(lastmark) + 1;
    int64_t* to = st_.saved.push_n(n);
    for (size_t k = 0; k < n; ++k) to[k] = st_.mark[k];
  }
  void restore_marks(int32_t lastmark) {
    if (lastmark < 0) return;
    size_t n = static_cast<size_t>(lastmark) + 1;
    const int64_t* from = &st_.saved[st_.saved.size() - n];
    for (size_t k = 0; k < n; ++k) st_.mark[k] = from[k];
  }
  void drop_marks(int32_t lastmark) {
    if (lastmark >= 0) st_.saved.pop_n(static_cast<size_t>(lastmark) + 1);
  }
  void poll_signals() {
    if ((++st_.steps & 0xfff) == 0 && g_signal_pending.load(std::memory_order_relaxed)) run_pending_signals();
  }
  Repeat& rep(int32_t i) { return st_.repeats[static_cast<size_t>(i)]; }

  State& st_;
  const Ch* s_;
};

template <class Ch>
bool Matcher<Ch>::at(int64_t ptr, Code where) const {
  const int64_t end = st_.end;
  bool before, here;
  switch (where) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
      return ptr == 0;
    case AT_BEGINNING_LINE:
      return ptr == 0 || s_[ptr - 1] == '\n';
    case AT_END:
      return (end - ptr == 1 && s_[ptr] == '\n') || ptr == end;
    case AT_END_LINE:
      return ptr == end || s_[ptr] == '\n';
    case AT_END_STRING:
      return ptr == end;
    case AT_BOUNDARY:
    case AT_NON_BOUNDARY:
      if (end == 0) return false;
      before = ptr > 0 && is_word(s_[ptr - 1]);
      here = ptr < end && is_word(s_[ptr]);
      return (before != here) == (where == AT_BOUNDARY);
    case AT_LOC_BOUNDARY:
    case AT_LOC_NON_BOUNDARY:
      if (end == 0) return false;
      before = ptr > 0 && is_loc_word(s_[ptr - 1]);
      here = ptr < end && is_loc_word(s_[ptr]);
      return (before != here) == (where == AT_LOC_BOUNDARY);
    case AT_UNI_BOUNDARY:
    case AT_UNI_NON_BOUNDARY:
      if (end == 0) return false;
      before = ptr > 0 && is_uni_word(s_[ptr - 1]);
      here = ptr < end && is_uni_word(s_[ptr]);
      return (before != here) == (where == AT_UNI_BOUNDARY);
    default:
      return false;
  }
}

template <class Ch>
int64_t Matcher<Ch>::count(const Code* pattern, int64_t maxcount) {
  const Ch* s = s_;
  const int64_t from = st_.ptr;
  int64_t ptr = from;
  int64_t end = st_.end;
  if (maxcount < end - ptr && maxcount != kMaxRepeat) end = ptr + maxcount;
  const uint32_t chr = pattern[1];
  switch (pattern[0]) {
    case IN:
      while (ptr < end && in_charset(pattern + 2, s[ptr])) ++ptr;
      break;
    case IN_IGNORE:
      while (ptr < end && in_charset(pattern + 2, lower_ascii(s[ptr]))) ++ptr;
      break;
    case IN_UNI_IGNORE:
      while (ptr < end && in_charset(pattern + 2, lower_unicode(s[ptr]))) ++ptr;
      break;
    case IN_LOC_IGNORE:
      while (ptr < end && in_charset_loc_ignore(pattern + 2, s[ptr])) ++ptr;
      break;
    case CATEGORY:
      while (ptr < end && in_category(chr, s[ptr])) ++ptr;
      break;
    case ANY:
      while (ptr < end && s[ptr] != '\n') ++ptr;
      break;
    case ANY_ALL:
      ptr = end;
      break;
    case LITERAL:
      while (ptr < end && s[ptr] == chr) ++ptr;
      break;
    case LITERAL_IGNORE:
      while (ptr < end && lower_ascii(s[ptr]) == chr) ++ptr;
      break;
    case LITERAL_UNI_IGNORE:
      while (ptr < end && lower_unicode(s[ptr]) == chr) ++ptr;
      break;
    case LITERAL_LOC_IGNORE:
      while (ptr < end && loc_ignore_equal(chr, s[ptr])) ++ptr;
      break;
    case NOT_LITERAL:
      while (ptr < end && s[ptr] != chr) ++ptr;
      break;
    case NOT_LITERAL_IGNORE:
      while (ptr < end && lower_ascii(s[ptr]) != chr) ++ptr;
      break;
    case NOT_LITERAL_UNI_IGNORE:
      while (ptr < end && lower_unicode(s[ptr]) != chr) ++ptr;
      break;
    case NOT_LITERAL_LOC_IGNORE:
      while (ptr < end && !loc_ignore_equal(chr, s[ptr])) ++ptr;
      break;
    default:
      // Some other item (only code not made by re._compiler has one): run
      // it as a pattern of its own, one step at a time. This is the one
      // place the matcher recurses in C++, as deep as such items nest.
      // An item that matches the empty string ends the count (CPython's
      // loop would spin there forever).
      check_c_stack();
      while (st_.ptr < end) {
        int64_t before = st_.ptr;
        if (!match(pattern, false) || st_.ptr == before) break;
      }
      return st_.ptr - from;
  }
  return ptr - from;
}

// The main loop. Locals live for the whole function so that the resume
// labels, which the exit path jumps to, skip no initialisation.
template <class Ch>
bool Matcher<Ch>::match(const Code* pattern, bool toplevel) {
  const Ch* s = s_;
  const int64_t end = st_.end;
  const size_t base = st_.contexts.size();  // count() nests a match above its caller's contexts
  Context* ctx;
  int64_t ptr = 0;
  bool ret = false;
  uint8_t resume;
  const Code* next;
  bool next_toplevel;

  ctx = st_.contexts.push();
  ctx->jump = R_NONE;
  ctx->toplevel = toplevel;

// Runs the sub-pattern `target` in a new context and continues at `label`
// with its outcome in `ret`, `pattern` and `ptr` as they were.
#define SRE_CALL(resume_at, label, target, child_toplevel) \
  next = (target);                                         \
  next_toplevel = (child_toplevel);                        \
  ctx->pattern = pattern;                                  \
  ctx->ptr = ptr;                                          \
  ctx = st_.contexts.push();                               \
  ctx->jump = (resume_at);                                 \
  ctx->toplevel = next_toplevel;                           \
  pattern = next;                                          \
  goto enter;                                              \
  label:                                                   \
  pattern = ctx->pattern;                                  \
  ptr = ctx->ptr;

#define SRE_SUCCEED \
  do {              \
    ret = true;     \
    goto leave;     \
  } while (0)
#define SRE_FAIL \
  do {           \
    ret = false; \
    goto leave;  \
  } while (0)
#define SRE_SAVE_LASTMARK()          \
  do {                               \
    ctx->lastmark = st_.lastmark;    \
    ctx->lastindex = st_.lastindex;  \
  } while (0)
#define SRE_RESTORE_LASTMARK()       \
  do {                               \
    st_.lastmark = ctx->lastmark;    \
    st_.lastindex = ctx->lastindex;  \
  } while (0)

enter:
  ptr = st_.ptr;
  if (pattern[0] == INFO) {
    // <INFO> <skip> <flags> <min width> ...: too little subject left fails at once.
    if (pattern[3] && static_cast<uint64_t>(end - ptr) < pattern[3]) SRE_FAIL;
    pattern += pattern[1] + 1;
  }

  for (;;) {
    poll_signals();
    switch (*pattern++) {
      case MARK: {  // <MARK> <gid>: a group boundary. Marks skipped over become unset.
        int32_t i = static_cast<int32_t>(pattern[0]);
        if (i & 1) st_.lastindex = i / 2 + 1;
        if (i > st_.lastmark) {
          for (int32_t j = st_.lastmark + 1; j < i; ++j) st_.mark[static_cast<size_t>(j)] = -1;
          st_.lastmark = i;
        }
        st_.mark[static_cast<size_t>(i)] = ptr;
        pattern++;
        break;
      }

      case LITERAL:
        if (ptr >= end || s[ptr] != pattern[0]) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case NOT_LITERAL:
        if (ptr >= end || s[ptr] == pattern[0]) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case LITERAL_IGNORE:
        if (ptr >= end || lower_ascii(s[ptr]) != pattern[0]) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case NOT_LITERAL_IGNORE:
        if (ptr >= end || lower_ascii(s[ptr]) == pattern[0]) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case LITERAL_UNI_IGNORE:
        if (ptr >= end || lower_unicode(s[ptr]) != pattern[0]) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case NOT_LITERAL_UNI_IGNORE:
        if (ptr >= end || lower_unicode(s[ptr]) == pattern[0]) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case LITERAL_LOC_IGNORE:
        if (ptr >= end || !loc_ignore_equal(pattern[0], s[ptr])) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case NOT_LITERAL_LOC_IGNORE:
        if (ptr >= end || loc_ignore_equal(pattern[0], s[ptr])) SRE_FAIL;
        pattern++;
        ptr++;
        break;

      case SUCCESS:
        // The end of a (sub-)pattern. The whole pattern must also satisfy
        // fullmatch and the no-empty-match-here rule of findall and friends.
        if (ctx->toplevel && ((st_.match_all && ptr != end) || (st_.must_advance && ptr == st_.start)))
          SRE_FAIL;
        st_.ptr = ptr;
        SRE_SUCCEED;

      case AT:  // <AT> <code>
        if (!at(ptr, pattern[0])) SRE_FAIL;
        pattern++;
        break;

      case CATEGORY:  // <CATEGORY> <code>
        if (ptr >= end || !in_category(pattern[0], s[ptr])) SRE_FAIL;
        pattern++;
        ptr++;
        break;

      case ANY:  // anything but a newline
        if (ptr >= end || s[ptr] == '\n') SRE_FAIL;
        ptr++;
        break;
      case ANY_ALL:
        if (ptr >= end) SRE_FAIL;
        ptr++;
        break;

      case IN:  // <IN> <skip> <set>
        if (ptr >= end || !in_charset(pattern + 1, s[ptr])) SRE_FAIL;
        pattern += pattern[0];
        ptr++;
        break;
      case IN_IGNORE:
        if (ptr >= end || !in_charset(pattern + 1, lower_ascii(s[ptr]))) SRE_FAIL;
        pattern += pattern[0];
        ptr++;
        break;
      case IN_UNI_IGNORE:
        if (ptr >= end || !in_charset(pattern + 1, lower_unicode(s[ptr]))) SRE_FAIL;
        pattern += pattern[0];
        ptr++;
        break;
      case IN_LOC_IGNORE:
        if (ptr >= end || !in_charset_loc_ignore(pattern + 1, s[ptr])) SRE_FAIL;
        pattern += pattern[0];
        ptr++;
        break;

      case JUMP:
      case INFO:  // <JUMP> <offset>
        pattern += pattern[0];
        break;

      case BRANCH:
        // <BRANCH> <skip> alternative <JUMP> ... <0>: try each alternative
        // in turn, skipping those whose first character cannot match.
        SRE_SAVE_LASTMARK();
        ctx->pushed = st_.repeat >= 0;
        if (ctx->pushed) push_marks(ctx->lastmark);
        for (; pattern[0]; pattern += pattern[0]) {
          if (pattern[1] == LITERAL && (ptr >= end || s[ptr] != pattern[2])) continue;
          if (pattern[1] == IN && (ptr >= end || !in_charset(pattern + 3, s[ptr]))) continue;
          st_.ptr = ptr;
          SRE_CALL(R_BRANCH, resume_branch, pattern + 1, ctx->toplevel)
          if (ret) {
            if (ctx->pushed) drop_marks(ctx->lastmark);
            SRE_SUCCEED;
          }
          if (ctx->pushed) restore_marks(ctx->lastmark);
          SRE_RESTORE_LASTMARK();
        }
        if (ctx->pushed) drop_marks(ctx->lastmark);
        SRE_FAIL;

      case REPEAT_ONE:
        // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: a greedy
        // repeat of a one-character item. Take as many as possible, then
        // give them back one by one until the tail matches.
        if (static_cast<int64_t>(pattern[1]) > end - ptr) SRE_FAIL;
        st_.ptr = ptr;
        {
          int64_t n = count(pattern + 3, pattern[2]);
          ctx = &st_.contexts.back();  // a nested match may have moved the contexts
          ctx->count = n;
        }
        ptr += ctx->count;
        if (ctx->count < static_cast<int64_t>(pattern[1])) SRE_FAIL;
        if (pattern[pattern[0]] == SUCCESS && ptr == end &&
            !(ctx->toplevel && st_.must_advance && ptr == st_.start)) {
          st_.ptr = ptr;  // the tail is empty: done
          SRE_SUCCEED;
        }
        SRE_SAVE_LASTMARK();
        ctx->pushed = st_.repeat >= 0;
        if (ctx->pushed) push_marks(ctx->lastmark);
        if (pattern[pattern[0]] == LITERAL) {
          // The tail starts with a literal: only positions holding it can match.
          ctx->chr = pattern[pattern[0] + 1];
          for (;;) {
            while (ctx->count >= static_cast<int64_t>(pattern[1]) && (ptr >= end || s[ptr] != ctx->chr)) {
              ptr--;
              ctx->count--;
            }
            if (ctx->count < static_cast<int64_t>(pattern[1])) break;
            st_.ptr = ptr;
            SRE_CALL(R_REPEAT_ONE_1, resume_repeat_one_1, pattern + pattern[0], ctx->toplevel)
            if (ret) {
              if (ctx->pushed) drop_marks(ctx->lastmark);
              SRE_SUCCEED;
            }
            if (ctx->pushed) restore_marks(ctx->lastmark);
            SRE_RESTORE_LASTMARK();
            ptr--;
            ctx->count--;
          }
        } else {
          while (ctx->count >= static_cast<int64_t>(pattern[1])) {
            st_.ptr = ptr;
            SRE_CALL(R_REPEAT_ONE_2, resume_repeat_one_2, pattern + pattern[0], ctx->toplevel)
            if (ret) {
              if (ctx->pushed) drop_marks(ctx->lastmark);
              SRE_SUCCEED;
            }
            if (ctx->pushed) restore_marks(ctx->lastmark);
            SRE_RESTORE_LASTMARK();
            ptr--;
            ctx->count--;
          }
        }
        if (ctx->pushed) drop_marks(ctx->lastmark);
        SRE_FAIL;

      case MIN_REPEAT_ONE:
        // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: the lazy
        // form. Take the minimum, then one more each time the tail fails.
        if (static_cast<int64_t>(pattern[1]) > end - ptr) SRE_FAIL;
        st_.ptr = ptr;
        if (pattern[1] == 0) {
          ctx->count = 0;
        } else {
          int64_t n = count(pattern + 3, pattern[1]);
          ctx = &st_.contexts.back();
          if (n < static_cast<int64_t>(pattern[1])) SRE_FAIL;
          ctx->count = n;
          ptr += n;
        }
        if (pattern[pattern[0]] == SUCCESS &&
            !(ctx->toplevel && ((st_.match_all && ptr != end) || (st_.must_advance && ptr == st_.start)))) {
          st_.ptr = ptr;  // the tail is empty: done
          SRE_SUCCEED;
        }
        SRE_SAVE_LASTMARK();
        ctx->pushed = st_.repeat >= 0;
        if (ctx->pushed) push_marks(ctx->lastmark);
        while (pattern[2] == kMaxRepeat || ctx->count <= static_cast<int64_t>(pattern[2])) {
          st_.ptr = ptr;
          SRE_CALL(R_MIN_REPEAT_ONE, resume_min_repeat_one, pattern + pattern[0], ctx->toplevel)
          if (ret) {
            if (ctx->pushed) drop_marks(ctx->lastmark);
            SRE_SUCCEED;
          }
          if (ctx->pushed) restore_marks(ctx->lastmark);
          SRE_RESTORE_LASTMARK();
          st_.ptr = ptr;
          if (count(pattern + 3, 1) == 0) {
            ctx = &st_.contexts.back();
            break;
          }
          ctx = &st_.contexts.back();
          ptr++;
          ctx->count++;
        }
        if (ctx->pushed) drop_marks(ctx->lastmark);
        SRE_FAIL;

      case POSSESSIVE_REPEAT_ONE:
        // <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail:
        // take as many as possible and never give any back.
        if (static_cast<int64_t>(pattern[1]) > end - ptr) SRE_FAIL;
        st_.ptr = ptr;
        {
          int64_t n = count(pattern + 3, pattern[2]);
          ctx = &st_.contexts.back();  // a nested match may have moved the contexts
          ctx->count = n;
        }
        ptr += ctx->count;
        if (ctx->count < static_cast<int64_t>(pattern[1])) SRE_FAIL;
        pattern += pattern[0];
        if (*pattern == SUCCESS && ptr == end && !(ctx->toplevel && st_.must_advance && ptr == st_.start)) {
          st_.ptr = ptr;
          SRE_SUCCEED;
        }
        break;

      case REPEAT:
        // <REPEAT> <skip> <min> <max> item <MAX_UNTIL or MIN_UNTIL> tail:
        // install a repeat record; the UNTIL at the end of the item does
        // the counting.
        *st_.repeats.push() = Repeat{-1, pattern, -1, st_.repeat};
        ctx->rep = static_cast<int32_t>(st_.repeats.size() - 1);
        st_.repeat = ctx->rep;
        st_.ptr = ptr;
        SRE_CALL(R_REPEAT, resume_repeat, pattern + pattern[0], ctx->toplevel)
        st_.repeat = rep(ctx->rep).prev;
        st_.repeats.pop();  // repeats end in the order they began
        if (ret) SRE_SUCCEED;
        SRE_FAIL;

      case MAX_UNTIL:
        // The end of a greedy repeat's item: match the item again while
        // allowed, else (or when that fails) the tail.
        ctx->rep = st_.repeat;
        if (ctx->rep < 0) internal_error();
        st_.ptr = ptr;
        ctx->count = rep(ctx->rep).count + 1;
        if (ctx->count < static_cast<int64_t>(rep(ctx->rep).pattern[1])) {
          // not enough iterations yet
          rep(ctx->rep).count = ctx->count;
          SRE_CALL(R_MAX_UNTIL_1, resume_max_until_1, rep(ctx->rep).pattern + 3, ctx->toplevel)
          if (ret) SRE_SUCCEED;
          rep(ctx->rep).count = ctx->count - 1;
          st_.ptr = ptr;
          SRE_FAIL;
        }
        if ((ctx->count < static_cast<int64_t>(rep(ctx->rep).pattern[2]) ||
             rep(ctx->rep).pattern[2] == kMaxRepeat) &&
            st_.ptr != rep(ctx->rep).last_ptr) {
          // One more iteration, unless the last one matched the empty
          // string here (which would loop forever).
          rep(ctx->rep).count = ctx->count;
          SRE_SAVE_LASTMARK();
          push_marks(ctx->lastmark);
          *st_.saved.push() = rep(ctx->rep).last_ptr;
          rep(ctx->rep).last_ptr = st_.ptr;
          SRE_CALL(R_MAX_UNTIL_2, resume_max_until_2, rep(ctx->rep).pattern + 3, ctx->toplevel)
          rep(ctx->rep).last_ptr = st_.saved.back();
          st_.saved.pop();
          if (ret) {
            drop_marks(ctx->lastmark);
            SRE_SUCCEED;
          }
          restore_marks(ctx->lastmark);
          drop_marks(ctx->lastmark);
          SRE_RESTORE_LASTMARK();
          rep(ctx->rep).count = ctx->count - 1;
          st_.ptr = ptr;
        }
        // No more iterations here: the tail must match, outside this repeat.
        st_.repeat = rep(ctx->rep).prev;
        SRE_CALL(R_MAX_UNTIL_3, resume_max_until_3, pattern, ctx->toplevel)
        st_.repeat = ctx->rep;
        if (ret) SRE_SUCCEED;
        st_.ptr = ptr;
        SRE_FAIL;

      case MIN_UNTIL:
        // The end of a lazy repeat's item: try the tail first, and another
        // iteration only when the tail fails.
        ctx->rep = st_.repeat;
        if (ctx->rep < 0) internal_error();
        st_.ptr = ptr;
        ctx->count = rep(ctx->rep).count + 1;
        if (ctx->count < static_cast<int64_t>(rep(ctx->rep).pattern[1])) {
          rep(ctx->rep).count = ctx->count;
          SRE_CALL(R_MIN_UNTIL_1, resume_min_until_1, rep(ctx->rep).pattern + 3, ctx->toplevel)
          if (ret) SRE_SUCCEED;
          rep(ctx->rep).count = ctx->count - 1;
          st_.ptr = ptr;
          SRE_FAIL;
        }
        st_.repeat = rep(ctx->rep).prev;
        SRE_SAVE_LASTMARK();
        ctx->pushed = st_.repeat >= 0;
        if (ctx->pushed) push_marks(ctx->lastmark);
        SRE_CALL(R_MIN_UNTIL_2, resume_min_until_2, pattern, ctx->toplevel)
        st_.repeat = ctx->rep;
        if (ret) {
          if (ctx->pushed) drop_marks(ctx->lastmark);
          SRE_SUCCEED;
        }
        if (ctx->pushed) {
          restore_marks(ctx->lastmark);
          drop_marks(ctx->lastmark);
        }
        SRE_RESTORE_LASTMARK();
        st_.ptr = ptr;
        if ((ctx->count >= static_cast<int64_t>(rep(ctx->rep).pattern[2]) &&
             rep(ctx->rep).pattern[2] != kMaxRepeat) ||
            st_.ptr == rep(ctx->rep).last_ptr)
          SRE_FAIL;
        rep(ctx->rep).count = ctx->count;
        *st_.saved.push() = rep(ctx->rep).last_ptr;
        rep(ctx->rep).last_ptr = st_.ptr;
        SRE_CALL(R_MIN_UNTIL_3, resume_min_until_3, rep(ctx->rep).pattern + 3, ctx->toplevel)
        rep(ctx->rep).last_ptr = st_.saved.back();
        st_.saved.pop();
        if (ret) SRE_SUCCEED;
        rep(ctx->rep).count = ctx->count - 1;
        st_.ptr = ptr;
        SRE_FAIL;

      case POSSESSIVE_REPEAT:
        // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail: each
        // iteration is matched on its own and never revisited.
        st_.ptr = ptr;
        ctx->count = 0;
        while (ctx->count < static_cast<int64_t>(pattern[1])) {
          SRE_CALL(R_POSS_REPEAT_1, resume_poss_repeat_1, pattern + 3, false)
          if (!ret) {
            st_.ptr = ptr;
            SRE_FAIL;
          }
          ctx->count++;
        }
        // ptr now holds where the last iteration started (-1: none yet), so
        // that an iteration matching the empty string ends the loop.
        ptr = -1;
        while ((ctx->count < static_cast<int64_t>(pattern[2]) || pattern[2] == kMaxRepeat) && st_.ptr != ptr) {
          SRE_SAVE_LASTMARK();
          push_marks(ctx->lastmark);
          ptr = st_.ptr;
          SRE_CALL(R_POSS_REPEAT_2, resume_poss_repeat_2, pattern + 3, false)
          if (ret) {
            drop_marks(ctx->lastmark);
            ctx->count++;
          } else {
            restore_marks(ctx->lastmark);
            drop_marks(ctx->lastmark);
            SRE_RESTORE_LASTMARK();
            st_.ptr = ptr;
            break;
          }
        }
        pattern += pattern[0] + 1;  // past the item's SUCCESS
        ptr = st_.ptr;
        break;

      case ATOMIC_GROUP:
        // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail: the group's first
        // match is final.
        st_.ptr = ptr;
        SRE_CALL(R_ATOMIC_GROUP, resume_atomic_group, pattern + 1, false)
        if (!ret) {
          st_.ptr = ptr;
          SRE_FAIL;
        }
        pattern += pattern[0];
        ptr = st_.ptr;
        break;

      case GROUPREF:
      case GROUPREF_IGNORE:
      case GROUPREF_UNI_IGNORE:
      case GROUPREF_LOC_IGNORE: {
        // <GROUPREF> <group>: the text the group matched, again.
        Code op = pattern[-1];
        size_t g = static_cast<size_t>(pattern[0]) * 2;
        if (static_cast<int64_t>(g) >= st_.lastmark) SRE_FAIL;
        int64_t p = st_.mark[g], e = st_.mark[g + 1];
        if (p < 0 || e < 0 || e < p) SRE_FAIL;
        if (end - ptr < e - p) SRE_FAIL;
        for (; p < e; ++p, ++ptr) {
          uint32_t a = s[ptr], b = s[p];
          bool same = op == GROUPREF              ? a == b
                      : op == GROUPREF_IGNORE     ? lower_ascii(a) == lower_ascii(b)
                      : op == GROUPREF_UNI_IGNORE ? lower_unicode(a) == lower_unicode(b)
                                                  : lower_locale(a) == lower_locale(b);
          if (!same) SRE_FAIL;
        }
        pattern++;
        break;
      }

      case GROUPREF_EXISTS: {
        // <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no: the yes branch if
        // the group matched, else the no branch (or nothing).
        size_t g = static_cast<size_t>(pattern[0]) * 2;
        if (static_cast<int64_t>(g) >= st_.lastmark || st_.mark[g] < 0 || st_.mark[g + 1] < 0 ||
            st_.mark[g + 1] < st_.mark[g]) {
          pattern += pattern[1];
          break;
        }
        pattern += 2;
        break;
      }

      case ASSERT:
        // <ASSERT> <skip> <back> pattern: the pattern matches `back`
        // characters before here (0: a lookahead).
        if (ptr < static_cast<int64_t>(pattern[1])) SRE_FAIL;
        st_.ptr = ptr - pattern[1];
        SRE_CALL(R_ASSERT, resume_assert, pattern + 2, false)
        if (!ret) SRE_FAIL;
        pattern += pattern[0];
        break;

      case ASSERT_NOT:
        if (ptr >= static_cast<int64_t>(pattern[1])) {
          st_.ptr = ptr - pattern[1];
          SRE_SAVE_LASTMARK();
          ctx->pushed = st_.repeat >= 0;
          if (ctx->pushed) push_marks(ctx->lastmark);
          SRE_CALL(R_ASSERT_NOT, resume_assert_not, pattern + 2, false)
          if (ret) {
            if (ctx->pushed) drop_marks(ctx->lastmark);
            SRE_FAIL;
          }
          if (ctx->pushed) {
            restore_marks(ctx->lastmark);
            drop_marks(ctx->lastmark);
          }
          SRE_RESTORE_LASTMARK();
        }
        pattern += pattern[0];
        break;

      case FAILURE:
        SRE_FAIL;

      default:
        internal_error();
    }
  }

leave:
  // The context is done: pop it and resume its parent where it called.
  resume = ctx->jump;
  st_.contexts.pop();
  if (st_.contexts.size() == base) return ret;
  ctx = &st_.contexts.back();
  switch (resume) {
    case R_MAX_UNTIL_1: goto resume_max_until_1;
    case R_MAX_UNTIL_2: goto resume_max_until_2;
    case R_MAX_UNTIL_3: goto resume_max_until_3;
    case R_MIN_UNTIL_1: goto resume_min_until_1;
    case R_MIN_UNTIL_2: goto resume_min_until_2;
    case R_MIN_UNTIL_3: goto resume_min_until_3;
    case R_REPEAT: goto resume_repeat;
    case R_REPEAT_ONE_1: goto resume_repeat_one_1;
    case R_REPEAT_ONE_2: goto resume_repeat_one_2;
    case R_MIN_REPEAT_ONE: goto resume_min_repeat_one;
    case R_BRANCH: goto resume_branch;
    case R_ASSERT: goto resume_assert;
    case R_ASSERT_NOT: goto resume_assert_not;
    case R_POSS_REPEAT_1: goto resume_poss_repeat_1;
    case R_POSS_REPEAT_2: goto resume_poss_repeat_2;
    case R_ATOMIC_GROUP: goto resume_atomic_group;
    default: internal_error();
  }

#undef SRE_CALL
#undef SRE_SUCCEED
#undef SRE_FAIL
#undef SRE_SAVE_LASTMARK
#undef SRE_RESTORE_LASTMARK
}

template <class Ch>
bool Matcher<Ch>::search(const Code* pattern) {
  const Ch* s = s_;
  int64_t ptr = st_.start;
  int64_t end = st_.end;
  if (ptr > end) return false;

  Code flags = 0;
  int64_t prefix_len = 0, prefix_skip = 0;
  const Code* prefix = nullptr;
  const Code* overlap = nullptr;
  const Code* charset = nullptr;
  if (pattern[0] == INFO) {
    // <INFO> <skip> <flags> <min> <max> [<prefix length> <prefix skip>
    // <prefix> <overlap table> | <charset>]
    flags = pattern[2];
    if (pattern[3] && end - ptr < static_cast<int64_t>(pattern[3])) return false;
    if (pattern[3] > 1) {
      // A match cannot start in the last min-1 characters (the matcher
      // still reads up to the real end).
      end -= pattern[3] - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & INFO_PREFIX) {
      prefix_len = pattern[5];
      prefix_skip = pattern[6];
      prefix = pattern + 7;
      overlap = prefix + prefix_len - 1;
    } else if (flags & INFO_CHARSET) {
      charset = pattern + 5;
    }
    pattern += 1 + pattern[1];
  }

  if (prefix_len == 1) {
    // A literal first character: scan for it, then match the rest.
    const uint32_t c = prefix[0];
    if (sizeof(Ch) == 1 && c > 0xff) return false;
    end = st_.end;
    st_.must_advance = false;
    while (ptr < end) {
      if constexpr (sizeof(Ch) == 1) {
        const void* hit = std::memchr(s + ptr, static_cast<int>(c), static_cast<size_t>(end - ptr));
        if (!hit) return false;
        ptr = static_cast<const Ch*>(hit) - s;
      } else {
        while (s[ptr] != c)
          if (++ptr >= end) return false;
      }
      st_.start = ptr;
      st_.ptr = ptr + prefix_skip;
      if (flags & INFO_LITERAL) return true;  // the prefix is the whole pattern
      if (match(pattern + 2 * prefix_skip, false)) return true;
      ++ptr;
      st_.lastmark = st_.lastindex = -1;
    }
    return false;
  }

  if (prefix_len > 1) {
    // A literal prefix: find it with the overlap table (Knuth-Morris-Pratt),
    // then match the rest.
    end = st_.end;
    if (prefix_len > end - ptr) return false;
    if (sizeof(Ch) == 1)
      for (int64_t k = 0; k < prefix_len; ++k)
        if (prefix[k] > 0xff) return false;
    while (ptr < end) {
      const uint32_t c = prefix[0];
      while (s[ptr++] != c)
        if (ptr >= end) return false;
      if (ptr >= end) return false;
      int64_t i = 1;
      st_.must_advance = false;
      do {
        if (s[ptr] == prefix[i]) {
          if (++i != prefix_len) {
            if (++ptr >= end) return false;
            continue;
          }
          // The whole prefix ends at ptr.
          st_.start = ptr - (prefix_len - 1);
          st_.ptr = ptr - (prefix_len - prefix_skip - 1);
          if (flags & INFO_LITERAL) return true;
          if (match(pattern + 2 * prefix_skip, false)) return true;
          if (++ptr >= end) return false;
          st_.lastmark = st_.lastindex = -1;
        }
        i = overlap[i];
      } while (i != 0);
    }
    return false;
  }

  if (charset) {
    // The first character is in a known set: skip those that are not.
    end = st_.end;
    st_.must_advance = false;
    for (;;) {
      while (ptr < end && !in_charset(charset, s[ptr])) ++ptr;
      if (ptr >= end) return false;
      st_.start = ptr;
      st_.ptr = ptr;
      if (match(pattern, false)) return true;
      ++ptr;
      st_.lastmark = st_.lastindex = -1;
    }
  }

  // The general case: try every position.
  st_.start = st_.ptr = ptr;
  bool found = match(pattern, true);
  st_.must_advance = false;
  if (!found && pattern[0] == AT && (pattern[1] == AT_BEGINNING || pattern[1] == AT_BEGINNING_STRING)) {
    st_.start = st_.ptr = end;  // anchored at the start: nowhere else can match
    return false;
  }
  while (!found && ptr < end) {
    ++ptr;
    st_.lastmark = st_.lastindex = -1;
    st_.start = st_.ptr = ptr;
    found = match(pattern, false);
  }
  return found;
}

}  // namespace

bool run_match(State& st, const std::vector<Code>& code) {
  st.reset();
  st.ptr = st.start;
  if (st.is_wide()) return Matcher<uint32_t>(st, reinterpret_cast<const uint32_t*>(st.wide->data())).match(code.data(), true);
  return Matcher<uint8_t>(st, st.narrow).match(code.data(), true);
}

bool run_search(State& st, const std::vector<Code>& code) {
  st.reset();
  st.ptr = st.start;
  if (st.is_wide()) return Matcher<uint32_t>(st, reinterpret_cast<const uint32_t*>(st.wide->data())).search(code.data());
  return Matcher<uint8_t>(st, st.narrow).search(code.data());
}

}  // namespace coil::rt::sre
