// str: constructor, methods, indexing, repr, %-formatting and str.format.
//
// Text is UTF-8; every index a script sees counts code points. ASCII strings
// (Str::ascii) take byte-level fast paths. Case mapping and character classes
// of non-ASCII text come from CPython's character database (runtime/unicode.h).
#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/checked.h"
#include "runtime/codecs.h"
#include "lexer/xid.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/numbers.h"
#include "runtime/objects/bytes.h"
#include "runtime/ops.h"
#include "runtime/seq_ops.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"
#include "runtime/unicode.h"

namespace coil::rt {

namespace {

// ---------------------------------------------------------------- unicode

bool cp_isupper(uint32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : unicode::is_upper(c); }
bool cp_islower(uint32_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : unicode::is_lower(c); }

bool cp_isalpha(uint32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return unicode::is_alpha(c);
}

bool cp_isdecimal(uint32_t c) { return unicode::is_decimal(c); }
bool cp_isdigit(uint32_t c) { return unicode::is_digit(c); }
bool cp_isnumeric(uint32_t c) { return unicode::is_numeric(c); }
bool cp_isalnum(uint32_t c) { return unicode::is_alnum(c); }
bool cp_isprintable(uint32_t c) { return c < 0x80 ? c >= 0x20 && c < 0x7F : unicode::is_printable(c); }

std::vector<uint32_t> decode(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) out.push_back(utf8_decode(s, pos));
  return out;
}

std::string encode(const std::vector<uint32_t>& cps, size_t from = 0, size_t to = SIZE_MAX) {
  if (to > cps.size()) to = cps.size();
  std::string out;
  out.reserve(to > from ? to - from : 0);
  for (size_t i = from; i < to; ++i) utf8_append(out, cps[i]);
  return out;
}

Value mkstr(std::string s) {
  if (s.size() == 1 && static_cast<unsigned char>(s[0]) < 0x80) return make_obj(ascii_char(static_cast<unsigned char>(s[0])));
  return make_obj(new_str(std::move(s)));
}

// ---------------------------------------------------------------- args

bool is_kind(Value v, Kind k) { return v.is_obj() && v.o->kind == k; }

Str* self_str(Args& a, const char* name) {
  if (a.n < 1 || !is_str(a.v[0]))
    raisef(exc_types().TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name,
           a.n < 1 ? "NoneType" : type_name(a.v[0]).c_str());
  return as_str(a.v[0]);
}

void no_kw(Args& a, const char* name) {
  if (a.nkw()) raisef(exc_types().TypeError, "%s() takes no keyword arguments", name);
}

void no_args(Args& a, const char* name) {
  no_kw(a, name);
  if (a.n != 1) raisef(exc_types().TypeError, "str.%s() takes no arguments (%d given)", name, a.n - 1);
}

// Positional-only arguments, _PyArg_CheckPositional style messages.
void pos_range(Args& a, const char* name, int lo, int hi) {
  no_kw(a, name);
  int n = a.n - 1;
  if (n < lo) {
    if (lo == hi) raisef(exc_types().TypeError, "%s expected %d argument%s, got %d", name, lo, lo == 1 ? "" : "s", n);
    raisef(exc_types().TypeError, "%s expected at least %d argument%s, got %d", name, lo, lo == 1 ? "" : "s", n);
  }
  if (n > hi) {
    if (lo == hi) raisef(exc_types().TypeError, "%s expected %d argument%s, got %d", name, hi, hi == 1 ? "" : "s", n);
    raisef(exc_types().TypeError, "%s expected at most %d argument%s, got %d", name, hi, hi == 1 ? "" : "s", n);
  }
}

// Positional-or-keyword arguments (Argument Clinic). out[i] is Undef when
// not given.
void bind_args(Args& a, const char* name, std::initializer_list<const char*> names, Value* out) {
  int np = static_cast<int>(names.size());
  int n = a.n - 1;
  if (n > np)
    raisef(exc_types().TypeError, "%s() takes at most %d argument%s (%d given)", name, np, np == 1 ? "" : "s", n);
  for (int i = 0; i < np; ++i) out[i] = i < n ? a.v[1 + i] : Value();
  for (int k = 0; k < a.nkw(); ++k) {
    Str* kn = as_str(a.kwnames->items[k]);
    int idx = 0;
    bool found = false;
    for (const char* nm : names) {
      if (kn->s == nm) {
        found = true;
        break;
      }
      ++idx;
    }
    if (!found) raisef(exc_types().TypeError, "%s() got an unexpected keyword argument '%s'", name, kn->s.c_str());
    if (idx < n)
      raisef(exc_types().TypeError, "argument for %s() given by name ('%s') and position (%d)", name, kn->s.c_str(),
             idx + 1);
    out[idx] = a.kw(k);
  }
}

// A start/end argument: None or an int (clamped later).
bool slice_arg(Value v, int64_t* out) {
  if (v.is_undef() || v.is_none()) return false;
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.as_bool();
    return true;
  }
  if (is_kind(v, Kind::BigInt)) {
    *out = mpz_sgn(as<BigInt>(v)->z) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return true;
  }
  if (is_kind(v, Kind::Instance) && !lookup_special(v, intern("__index__")).is_undef()) {
    *out = index_value(v);
    return true;
  }
  raise(exc_types().TypeError, "slice indices must be integers or None or have an __index__ method");
}

// ADJUST_INDICES: clamps [start, end) against len.
void adjust(int64_t len, int64_t& start, int64_t& end) {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

// ---------------------------------------------------------------- search

// Code point index of byte offset `b` in s.
int64_t cp_index(const Str* s, size_t b) {
  if (s->ascii) return static_cast<int64_t>(b);
  return utf8_length(std::string_view(s->s).substr(0, b));
}

// find/rfind/count over code point range [start, end). Returns the code
// point index or -1; for count, the count.
struct Range_ {
  size_t bstart, bend;
  int64_t start, end;
  bool empty;  // start > end
};

Range_ resolve_range(const Str* s, Value vs, Value ve) {
  int64_t start = 0, end = INT64_MAX;
  slice_arg(vs, &start);
  slice_arg(ve, &end);
  adjust(s->length, start, end);
  Range_ r;
  r.start = start;
  r.end = end;
  r.empty = start > end || start > s->length;
  if (r.empty) {
    r.bstart = r.bend = 0;
    return r;
  }
  r.bstart = s->byte_offset(start);
  r.bend = s->byte_offset(end);
  return r;
}

int64_t do_find(const Str* s, const Str* sub, Value vs, Value ve, bool reverse) {
  Range_ r = resolve_range(s, vs, ve);
  if (r.empty) return -1;
  if (sub->length > r.end - r.start) return -1;
  std::string_view hay = std::string_view(s->s).substr(r.bstart, r.bend - r.bstart);
  size_t pos = reverse ? hay.rfind(sub->s) : hay.find(sub->s);
  if (pos == std::string_view::npos) return -1;
  return cp_index(s, r.bstart + pos);
}

int64_t do_count(const Str* s, const Str* sub, Value vs, Value ve) {
  Range_ r = resolve_range(s, vs, ve);
  if (r.empty) return 0;
  if (sub->s.empty()) return r.end - r.start + 1;
  std::string_view hay = std::string_view(s->s).substr(r.bstart, r.bend - r.bstart);
  int64_t c = 0;
  size_t pos = 0;
  while ((pos = hay.find(sub->s, pos)) != std::string_view::npos) {
    ++c;
    pos += sub->s.size();
  }
  return c;
}

Value find_common(Args& a, const char* name, bool reverse, bool raise_missing) {
  no_kw(a, name);
  if (a.n < 2) raisef(exc_types().TypeError, "%s() takes at least 1 argument (0 given)", name);
  if (a.n > 4) raisef(exc_types().TypeError, "%s() takes at most 3 arguments (%d given)", name, a.n - 1);
  Str* s = self_str(a, name);
  if (!is_str(a.v[1])) raisef(exc_types().TypeError, "must be str, not %s", type_name(a.v[1]).c_str());
  int64_t r = do_find(s, as_str(a.v[1]), a.n > 2 ? a.v[2] : Value(), a.n > 3 ? a.v[3] : Value(), reverse);
  if (r < 0 && raise_missing) raise(exc_types().ValueError, "substring not found");
  return make_int(r);
}

Value s_find(Args& a) { return find_common(a, "find", false, false); }
Value s_rfind(Args& a) { return find_common(a, "rfind", true, false); }
Value s_index(Args& a) { return find_common(a, "index", false, true); }
Value s_rindex(Args& a) { return find_common(a, "rindex", true, true); }

Value s_count(Args& a) {
  no_kw(a, "count");
  if (a.n < 2) raise(exc_types().TypeError, "count() takes at least 1 argument (0 given)");
  if (a.n > 4) raisef(exc_types().TypeError, "count() takes at most 3 arguments (%d given)", a.n - 1);
  Str* s = self_str(a, "count");
  if (!is_str(a.v[1])) raisef(exc_types().TypeError, "must be str, not %s", type_name(a.v[1]).c_str());
  return make_int(do_count(s, as_str(a.v[1]), a.n > 2 ? a.v[2] : Value(), a.n > 3 ? a.v[3] : Value()));
}

Value starts_ends(Args& a, const char* name, bool ends) {
  no_kw(a, name);
  if (a.n < 2) raisef(exc_types().TypeError, "%s() takes at least 1 argument (0 given)", name);
  if (a.n > 4) raisef(exc_types().TypeError, "%s() takes at most 3 arguments (%d given)", name, a.n - 1);
  Str* s = self_str(a, name);
  Range_ r = resolve_range(s, a.n > 2 ? a.v[2] : Value(), a.n > 3 ? a.v[3] : Value());
  auto test = [&](Str* p) {
    if (r.empty) return false;
    std::string_view hay = std::string_view(s->s).substr(r.bstart, r.bend - r.bstart);
    if (p->s.size() > hay.size()) return false;
    return ends ? hay.substr(hay.size() - p->s.size()) == p->s : hay.substr(0, p->s.size()) == p->s;
  };
  Value arg = a.v[1];
  if (is_kind(arg, Kind::Tuple)) {
    for (Value x : as<Tuple>(arg)->items) {
      if (!is_str(x))
        raisef(exc_types().TypeError, "tuple for %s must only contain str, not %s", name, type_name(x).c_str());
      if (test(as_str(x))) return make_bool(true);
    }
    return make_bool(false);
  }
  if (!is_str(arg))
    raisef(exc_types().TypeError, "%s first arg must be str or a tuple of str, not %s", name, type_name(arg).c_str());
  return make_bool(test(as_str(arg)));
}

Value s_startswith(Args& a) { return starts_ends(a, "startswith", false); }
Value s_endswith(Args& a) { return starts_ends(a, "endswith", true); }

// ---------------------------------------------------------------- case

void append_mapped(std::string& out, int (*map)(uint32_t, uint32_t[3]), uint32_t c) {
  uint32_t m[3];
  int n = map(c, m);
  for (int i = 0; i < n; ++i) utf8_append(out, m[i]);
}

// str.lower()'s mapping of the code point at cps[i]: a capital sigma is
// final (U+03C2) when a cased letter precedes it and none follows, skipping
// case-ignorable characters both ways (Unicode's Final_Sigma, as CPython).
void append_lower_at(std::string& out, const std::vector<uint32_t>& cps, size_t i) {
  uint32_t c = cps[i];
  if (c != 0x3A3) return append_mapped(out, unicode::to_lower, c);
  size_t j = i;
  while (j > 0 && unicode::is_case_ignorable(cps[j - 1])) --j;
  bool final_sigma = j > 0 && unicode::is_cased(cps[j - 1]);
  if (final_sigma) {
    size_t k = i + 1;
    while (k < cps.size() && unicode::is_case_ignorable(cps[k])) ++k;
    final_sigma = k == cps.size() || !unicode::is_cased(cps[k]);
  }
  utf8_append(out, final_sigma ? 0x3C2 : 0x3C3);
}

std::string ascii_case(const Str* s, bool upper) {
  std::string out = s->s;
  for (char& c : out) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    else if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

Value s_upper(Args& a) {
  no_args(a, "upper");
  Str* s = self_str(a, "upper");
  if (s->ascii) return mkstr(ascii_case(s, true));
  std::string out;
  out.reserve(s->s.size());
  size_t pos = 0;
  while (pos < s->s.size()) append_mapped(out, unicode::to_upper, utf8_decode(s->s, pos));
  return mkstr(out);
}
Value s_lower(Args& a) {
  no_args(a, "lower");
  Str* s = self_str(a, "lower");
  if (s->ascii) return mkstr(ascii_case(s, false));
  std::vector<uint32_t> cps = decode(s->s);
  std::string out;
  out.reserve(s->s.size());
  for (size_t i = 0; i < cps.size(); ++i) append_lower_at(out, cps, i);
  return mkstr(out);
}
Value s_casefold(Args& a) {
  no_args(a, "casefold");
  Str* s = self_str(a, "casefold");
  if (s->ascii) return mkstr(ascii_case(s, false));
  std::string out;
  size_t pos = 0;
  while (pos < s->s.size()) append_mapped(out, unicode::to_folded, utf8_decode(s->s, pos));
  return mkstr(out);
}
Value s_swapcase(Args& a) {
  no_args(a, "swapcase");
  Str* s = self_str(a, "swapcase");
  std::vector<uint32_t> cps = decode(s->s);
  std::string out;
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t c = cps[i];
    if (cp_isupper(c)) append_lower_at(out, cps, i);
    else if (cp_islower(c)) append_mapped(out, unicode::to_upper, c);
    else utf8_append(out, c);
  }
  return mkstr(out);
}

Value s_capitalize(Args& a) {
  no_args(a, "capitalize");
  Str* s = self_str(a, "capitalize");
  std::vector<uint32_t> cps = decode(s->s);
  std::string out;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (i == 0) append_mapped(out, unicode::to_title, cps[i]);
    else append_lower_at(out, cps, i);
  }
  return mkstr(out);
}

Value s_title(Args& a) {
  no_args(a, "title");
  Str* s = self_str(a, "title");
  std::vector<uint32_t> cps = decode(s->s);
  std::string out;
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (prev_cased) append_lower_at(out, cps, i);
    else append_mapped(out, unicode::to_title, cps[i]);
    prev_cased = unicode::is_cased(cps[i]);
  }
  return mkstr(out);
}

// ---------------------------------------------------------------- predicates

template <class P>
Value all_chars(Args& a, const char* name, P pred) {
  no_args(a, name);
  Str* s = self_str(a, name);
  if (s->s.empty()) return make_bool(false);
  size_t pos = 0;
  while (pos < s->s.size())
    if (!pred(utf8_decode(s->s, pos))) return make_bool(false);
  return make_bool(true);
}

Value s_isdigit(Args& a) { return all_chars(a, "isdigit", cp_isdigit); }
Value s_isdecimal(Args& a) { return all_chars(a, "isdecimal", cp_isdecimal); }
Value s_isnumeric(Args& a) { return all_chars(a, "isnumeric", cp_isnumeric); }
Value s_isalpha(Args& a) { return all_chars(a, "isalpha", cp_isalpha); }
Value s_isalnum(Args& a) { return all_chars(a, "isalnum", cp_isalnum); }
Value s_isspace(Args& a) { return all_chars(a, "isspace", is_unicode_space); }
Value s_isascii(Args& a) {
  no_args(a, "isascii");
  return make_bool(self_str(a, "isascii")->ascii);
}
Value s_isprintable(Args& a) {
  no_args(a, "isprintable");
  Str* s = self_str(a, "isprintable");
  size_t pos = 0;
  while (pos < s->s.size())
    if (!cp_isprintable(utf8_decode(s->s, pos))) return make_bool(false);
  return make_bool(true);
}

Value s_isupper(Args& a) {
  no_args(a, "isupper");
  Str* s = self_str(a, "isupper");
  bool cased = false;
  size_t pos = 0;
  while (pos < s->s.size()) {
    uint32_t c = utf8_decode(s->s, pos);
    if (cp_islower(c) || unicode::is_title(c)) return make_bool(false);
    if (cp_isupper(c)) cased = true;
  }
  return make_bool(cased);
}

Value s_islower(Args& a) {
  no_args(a, "islower");
  Str* s = self_str(a, "islower");
  bool cased = false;
  size_t pos = 0;
  while (pos < s->s.size()) {
    uint32_t c = utf8_decode(s->s, pos);
    if (cp_isupper(c) || unicode::is_title(c)) return make_bool(false);
    if (cp_islower(c)) cased = true;
  }
  return make_bool(cased);
}

Value s_istitle(Args& a) {
  no_args(a, "istitle");
  Str* s = self_str(a, "istitle");
  bool cased = false, prev_cased = false;
  size_t pos = 0;
  while (pos < s->s.size()) {
    uint32_t c = utf8_decode(s->s, pos);
    if (cp_isupper(c) || unicode::is_title(c)) {
      if (prev_cased) return make_bool(false);
      prev_cased = cased = true;
    } else if (cp_islower(c)) {
      if (!prev_cased) return make_bool(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return make_bool(cased);
}

Value s_isidentifier(Args& a) {
  no_args(a, "isidentifier");
  return make_bool(parse::is_identifier(self_str(a, "isidentifier")->s));
}

// ---------------------------------------------------------------- strip/split

struct CharSet {
  const Str* chars = nullptr;  // null: whitespace
  std::vector<uint32_t> cps;
  bool has(uint32_t c) const {
    if (!chars) return is_unicode_space(c);
    for (uint32_t x : cps)
      if (x == c) return true;
    return false;
  }
};

Value do_strip(Args& a, const char* name, bool left, bool right) {
  pos_range(a, name, 0, 1);
  Str* s = self_str(a, name);
  CharSet cs;
  if (a.n > 1 && !a.v[1].is_none()) {
    if (!is_str(a.v[1])) raisef(exc_types().TypeError, "%s arg must be None or str", name);
    cs.chars = as_str(a.v[1]);
    cs.cps = decode(cs.chars->s);
  }
  std::vector<uint32_t> cps;
  if (!s->ascii) cps = decode(s->s);
  size_t n = s->ascii ? s->s.size() : cps.size();
  auto at = [&](size_t i) -> uint32_t { return s->ascii ? static_cast<unsigned char>(s->s[i]) : cps[i]; };
  size_t i = 0, j = n;
  if (left)
    while (i < j && cs.has(at(i))) ++i;
  if (right)
    while (j > i && cs.has(at(j - 1))) --j;
  if (i == 0 && j == n && s->type == types().str) return make_obj(s);
  if (s->ascii) return mkstr(s->s.substr(i, j - i));
  return mkstr(encode(cps, i, j));
}

Value s_strip(Args& a) { return do_strip(a, "strip", true, true); }
Value s_lstrip(Args& a) { return do_strip(a, "lstrip", true, false); }
Value s_rstrip(Args& a) { return do_strip(a, "rstrip", false, true); }

void split_args(Args& a, const char* name, Str** sep, int64_t* maxsplit) {
  Value v[2];
  bind_args(a, name, {"sep", "maxsplit"}, v);
  *sep = nullptr;
  if (!v[0].is_undef() && !v[0].is_none()) {
    if (!is_str(v[0])) raisef(exc_types().TypeError, "must be str or None, not %s", type_name(v[0]).c_str());
    *sep = as_str(v[0]);
  }
  // Arguments are converted before the separator is checked (Argument Clinic).
  *maxsplit = v[1].is_undef() ? -1 : as_ssize(v[1]);
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  if (*sep && (*sep)->s.empty()) raise(exc_types().ValueError, "empty separator");
}

Value s_split(Args& a) {
  Str* s = self_str(a, "split");
  Str* sep;
  int64_t maxsplit;
  split_args(a, "split", &sep, &maxsplit);
  List* out = new_list();
  const std::string& t = s->s;
  if (sep) {
    size_t pos = 0;
    int64_t n = 0;
    while (n < maxsplit) {
      size_t f = t.find(sep->s, pos);
      if (f == std::string::npos) break;
      out->items.push_back(mkstr(t.substr(pos, f - pos)));
      pos = f + sep->s.size();
      ++n;
    }
    out->items.push_back(pos == 0 && s->type == types().str ? make_obj(s) : mkstr(t.substr(pos)));
    return make_obj(out);
  }
  size_t i = 0, n = t.size();
  int64_t count = 0;
  auto cp_at = [&](size_t p, size_t* next) {
    size_t q = p;
    uint32_t c = utf8_decode(t, q);
    *next = q;
    return c;
  };
  while (i < n) {
    size_t nx;
    // skip whitespace
    while (i < n && is_unicode_space(cp_at(i, &nx))) i = nx;
    if (i >= n) break;
    if (count >= maxsplit) {  // the rest, trailing whitespace included (as CPython)
      out->items.push_back(mkstr(t.substr(i)));
      return make_obj(out);
    }
    size_t start = i;
    while (i < n && !is_unicode_space(cp_at(i, &nx))) i = nx;
    out->items.push_back(mkstr(t.substr(start, i - start)));
    ++count;
  }
  return make_obj(out);
}

Value s_rsplit(Args& a) {
  Str* s = self_str(a, "rsplit");
  Str* sep;
  int64_t maxsplit;
  split_args(a, "rsplit", &sep, &maxsplit);
  List* out = new_list();
  const std::string& t = s->s;
  std::vector<Value>& items = out->items;
  if (sep) {
    size_t end = t.size();
    int64_t n = 0;
    while (n < maxsplit && end >= sep->s.size()) {
      size_t f = t.rfind(sep->s, end - sep->s.size());
      if (f == std::string::npos) break;
      items.push_back(mkstr(t.substr(f + sep->s.size(), end - f - sep->s.size())));
      end = f;
      ++n;
    }
    items.push_back(mkstr(t.substr(0, end)));
    std::reverse(items.begin(), items.end());
    return make_obj(out);
  }
  std::vector<uint32_t> cps = decode(t);
  int64_t i = static_cast<int64_t>(cps.size());
  int64_t count = 0;
  while (i > 0) {
    while (i > 0 && is_unicode_space(cps[i - 1])) --i;
    if (i <= 0) break;
    if (count >= maxsplit) {  // the rest, leading whitespace included (as CPython)
      items.push_back(mkstr(encode(cps, 0, static_cast<size_t>(i))));
      break;
    }
    int64_t end = i;
    while (i > 0 && !is_unicode_space(cps[i - 1])) --i;
    items.push_back(mkstr(encode(cps, static_cast<size_t>(i), static_cast<size_t>(end))));
    ++count;
  }
  std::reverse(items.begin(), items.end());
  return make_obj(out);
}

bool is_linebreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}

Value s_splitlines(Args& a) {
  Str* s = self_str(a, "splitlines");
  Value v[1];
  bind_args(a, "splitlines", {"keepends"}, v);
  bool keep = !v[0].is_undef() && truthy(v[0]);
  std::vector<uint32_t> cps = decode(s->s);
  List* out = new_list();
  size_t i = 0, n = cps.size();
  while (i < n) {
    size_t start = i;
    while (i < n && !is_linebreak(cps[i])) ++i;
    size_t eol = i;
    if (i < n) {
      if (cps[i] == '\r' && i + 1 < n && cps[i + 1] == '\n') i += 2;
      else ++i;
      if (keep) eol = i;
    }
    out->items.push_back(mkstr(encode(cps, start, eol)));
  }
  return make_obj(out);
}

Value s_join(Args& a) {
  no_kw(a, "join");
  if (a.n != 2) raisef(exc_types().TypeError, "str.join() takes exactly one argument (%d given)", a.n - 1);
  Str* sep = self_str(a, "join");
  RootedVector items;
  Value arg = a.v[1];
  if (is_kind(arg, Kind::List)) items.assign(as<List>(arg)->items.begin(), as<List>(arg)->items.end());
  else if (is_kind(arg, Kind::Tuple)) items.assign(as<Tuple>(arg)->items.begin(), as<Tuple>(arg)->items.end());
  else {
    Value it;
    try {
      it = get_iter(arg);
    } catch (PyError& e) {
      if (isinstance(e.exc, exc_types().TypeError) && !is_kind(arg, Kind::Instance))
        raise(exc_types().TypeError, "can only join an iterable");
      throw;
    }
    Rooted rit(it);
    for (;;) {
      Value x = iter_next(rit.get());
      if (x.is_undef()) break;
      items.push_back(x);
    }
  }
  if (items.size() == 1 && is_str(items[0]) && items[0].o->type == types().str) return items[0];
  size_t total = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i]))
      raisef(exc_types().TypeError, "sequence item %zu: expected str instance, %s found", i,
             type_name(items[i]).c_str());
    total += as_str(items[i])->s.size() + sep->s.size();
  }
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep->s;
    out += as_str(items[i])->s;
  }
  return mkstr(std::move(out));
}

Value s_replace(Args& a) {
  pos_range(a, "replace", 2, 3);
  Str* s = self_str(a, "replace");
  if (!is_str(a.v[1]))
    raisef(exc_types().TypeError, "replace() argument 1 must be str, not %s", type_name(a.v[1]).c_str());
  if (!is_str(a.v[2]))
    raisef(exc_types().TypeError, "replace() argument 2 must be str, not %s", type_name(a.v[2]).c_str());
  int64_t count = a.n > 3 ? as_ssize(a.v[3]) : -1;
  if (count < 0) count = INT64_MAX;
  const std::string& from = as_str(a.v[1])->s;
  const std::string& to = as_str(a.v[2])->s;
  const std::string& t = s->s;
  std::string out;
  if (from.empty()) {
    int64_t n = 0;
    size_t pos = 0;
    while (pos < t.size()) {
      if (n < count) {
        out += to;
        ++n;
      }
      size_t nx = utf8_next(t, pos);
      out.append(t, pos, nx - pos);
      pos = nx;
    }
    if (n < count) out += to;
    return mkstr(std::move(out));
  }
  size_t pos = 0;
  int64_t n = 0;
  while (n < count) {
    size_t f = t.find(from, pos);
    if (f == std::string::npos) break;
    out.append(t, pos, f - pos);
    out += to;
    pos = f + from.size();
    ++n;
  }
  if (n == 0 && s->type == types().str) return make_obj(s);
  out.append(t, pos, std::string::npos);
  return mkstr(std::move(out));
}

// ---------------------------------------------------------------- padding

uint32_t fill_arg(Args& a, int idx) {
  if (a.n <= idx) return ' ';
  Value f = a.v[idx];
  if (!is_str(f))
    raisef(exc_types().TypeError, "The fill character must be a unicode character, not %s", type_name(f).c_str());
  if (as_str(f)->length != 1) raise(exc_types().TypeError, "The fill character must be exactly one character long");
  size_t pos = 0;
  return utf8_decode(as_str(f)->s, pos);
}

// `n` copies of the character c, for padding: a size that cannot be made is
// MemoryError, as CPython's PyUnicode_New reports it.
std::string repeat_cp(uint32_t c, int64_t n) {
  std::string one;
  utf8_append(one, c);
  repeat_bytes(one.size(), n, "", exc_types().MemoryError);
  return repeat_text(one, n);
}

Value pad(Args& a, const char* name, int mode) {
  pos_range(a, name, 1, 2);
  Str* s = self_str(a, name);
  int64_t width = as_ssize(a.v[1]);
  uint32_t fill = fill_arg(a, 2);
  if (width <= s->length) return s->type == types().str ? make_obj(s) : mkstr(s->s);
  int64_t marg = width - s->length;
  int64_t left = 0;
  if (mode == 0) left = marg / 2 + (marg & width & 1);  // center
  else if (mode == 2) left = marg;                       // rjust
  int64_t right = marg - left;
  return mkstr(repeat_cp(fill, left) + s->s + repeat_cp(fill, right));
}

Value s_center(Args& a) { return pad(a, "center", 0); }
Value s_ljust(Args& a) { return pad(a, "ljust", 1); }
Value s_rjust(Args& a) { return pad(a, "rjust", 2); }

Value s_zfill(Args& a) {
  pos_range(a, "zfill", 1, 1);
  Str* s = self_str(a, "zfill");
  int64_t width = as_ssize(a.v[1]);
  if (width <= s->length) return make_obj(s);
  std::string zeros = repeat_text("0", width - s->length);
  std::string out = s->s;
  if (!out.empty() && (out[0] == '+' || out[0] == '-')) out.insert(1, zeros);
  else out.insert(0, zeros);
  return mkstr(std::move(out));
}

Value s_expandtabs(Args& a) {
  Str* s = self_str(a, "expandtabs");
  Value v[1];
  bind_args(a, "expandtabs", {"tabsize"}, v);
  int64_t tab = v[0].is_undef() ? 8 : as_c_int(v[0]);
  std::string out;
  int64_t col = 0;
  size_t pos = 0;
  while (pos < s->s.size()) {
    size_t start = pos;
    uint32_t c = utf8_decode(s->s, pos);
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        col = checked_add(col, n, "new string is too long");
        out.append(static_cast<size_t>(n), ' ');
      }
    } else {
      out.append(s->s, start, pos - start);
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return mkstr(std::move(out));
}

Value partition_common(Args& a, const char* name, bool reverse) {
  no_kw(a, name);
  if (a.n != 2)
    raisef(exc_types().TypeError, "str.%s() takes exactly one argument (%d given)", name, a.n - 1);
  Str* s = self_str(a, name);
  if (!is_str(a.v[1])) raisef(exc_types().TypeError, "must be str, not %s", type_name(a.v[1]).c_str());
  Str* sep = as_str(a.v[1]);
  if (sep->s.empty()) raise(exc_types().ValueError, "empty separator");
  size_t f = reverse ? s->s.rfind(sep->s) : s->s.find(sep->s);
  Value empty = make_obj(intern(""));
  if (f == std::string::npos) {
    if (reverse) return make_obj(new_tuple({empty, empty, make_obj(s)}));
    return make_obj(new_tuple({make_obj(s), empty, empty}));
  }
  Value l = mkstr(s->s.substr(0, f));
  Rooted rl(l);
  Value r = mkstr(s->s.substr(f + sep->s.size()));
  return make_obj(new_tuple({l, make_obj(sep), r}));
}

Value s_partition(Args& a) { return partition_common(a, "partition", false); }
Value s_rpartition(Args& a) { return partition_common(a, "rpartition", true); }

Value s_removeprefix(Args& a) {
  pos_range(a, "removeprefix", 1, 1);
  Str* s = self_str(a, "removeprefix");
  if (!is_str(a.v[1]))
    raisef(exc_types().TypeError, "removeprefix() argument must be str, not %s", type_name(a.v[1]).c_str());
  const std::string& p = as_str(a.v[1])->s;
  if (!p.empty() && s->s.compare(0, p.size(), p) == 0 && s->s.size() >= p.size()) return mkstr(s->s.substr(p.size()));
  return make_obj(s);
}

Value s_removesuffix(Args& a) {
  pos_range(a, "removesuffix", 1, 1);
  Str* s = self_str(a, "removesuffix");
  if (!is_str(a.v[1]))
    raisef(exc_types().TypeError, "removesuffix() argument must be str, not %s", type_name(a.v[1]).c_str());
  const std::string& p = as_str(a.v[1])->s;
  if (!p.empty() && s->s.size() >= p.size() && s->s.compare(s->s.size() - p.size(), p.size(), p) == 0)
    return mkstr(s->s.substr(0, s->s.size() - p.size()));
  return make_obj(s);
}

Value s_encode(Args& a) {
  Str* s = self_str(a, "encode");
  Value v[2];
  bind_args(a, "encode", {"encoding", "errors"}, v);
  std::string enc = "utf-8", errors = "strict";
  if (!v[0].is_undef()) {
    if (!is_str(v[0]))
      raisef(exc_types().TypeError, "encode() argument 'encoding' must be str, not %s", type_name(v[0]).c_str());
    enc = as_str(v[0])->s;
  }
  if (!v[1].is_undef()) {
    if (!is_str(v[1]))
      raisef(exc_types().TypeError, "encode() argument 'errors' must be str, not %s", type_name(v[1]).c_str());
    errors = as_str(v[1])->s;
  }
  return bytes_value(encode_text(s->s, enc, errors));
}

Value s_translate(Args& a) {
  no_kw(a, "translate");
  if (a.n != 2) raisef(exc_types().TypeError, "str.translate() takes exactly one argument (%d given)", a.n - 1);
  Str* s = self_str(a, "translate");
  Value table = a.v[1];
  std::string out;
  size_t pos = 0;
  while (pos < s->s.size()) {
    uint32_t c = utf8_decode(s->s, pos);
    Value r;
    if (is_kind(table, Kind::Dict)) {
      r = as<Dict>(table)->get(make_int(c));
    } else {
      try {
        r = getitem(table, make_int(c));
      } catch (PyError& e) {
        if (!isinstance(e.exc, exc_types().LookupError)) throw;
        r = Value();
      }
    }
    if (r.is_undef()) utf8_append(out, c);
    else if (r.is_none()) {
    } else if (r.is_int()) {
      if (r.as_int() < 0 || r.as_int() > 0x10FFFF)
        raise(exc_types().ValueError, "character mapping must be in range(0x110000)");
      utf8_append(out, static_cast<uint32_t>(r.as_int()));
    } else if (is_str(r)) out += as_str(r)->s;
    else raise(exc_types().TypeError, "character mapping must return integer, None or str");
  }
  return mkstr(std::move(out));
}

// str.maketrans is a static method: a.v[0] is the first argument.
Value s_maketrans(Args& a) {
  no_kw(a, "maketrans");
  if (a.n < 1 || a.n > 3)
    raisef(exc_types().TypeError, "maketrans expected at %s %d argument%s, got %d", a.n < 1 ? "least" : "most",
           a.n < 1 ? 1 : 3, a.n < 1 ? "" : "s", a.n);
  Dict* d = new_dict();
  Rooted keep(make_obj(d));
  if (a.n == 1) {
    if (!is_kind(a.v[0], Kind::Dict))
      raise(exc_types().TypeError, "if you give only one argument to maketrans it must be a dict");
    Dict* src = as<Dict>(a.v[0]);
    for (size_t i = 0; i < src->entries.size(); ++i) {
      const DictEntry& e = src->entries[i];
      if (e.key.is_undef()) continue;
      Value k = e.key;
      if (is_str(k)) {
        if (as_str(k)->length != 1)
          raise(exc_types().ValueError, "string keys in translate table must be of length 1");
        size_t p = 0;
        k = make_int(utf8_decode(as_str(k)->s, p));
      } else if (!k.is_int()) {
        raise(exc_types().TypeError, "keys in translate table must be strings or integers");
      }
      d->set(k, e.value);
    }
    return make_obj(d);
  }
  if (!is_str(a.v[0]) || !is_str(a.v[1]))
    raise(exc_types().TypeError, "maketrans() argument must be str");
  std::vector<uint32_t> x = decode(as_str(a.v[0])->s), y = decode(as_str(a.v[1])->s);
  if (x.size() != y.size())
    raise(exc_types().ValueError, "the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < x.size(); ++i) d->set(make_int(x[i]), make_int(y[i]));
  if (a.n == 3) {
    if (!is_str(a.v[2])) raise(exc_types().TypeError, "maketrans() argument 3 must be str");
    for (uint32_t c : decode(as_str(a.v[2])->s)) d->set(make_int(c), none());
  }
  return make_obj(d);
}

// ---------------------------------------------------------------- str.format

struct FormatArgs {
  Value* pos;
  int npos;
  Args* kw;         // keyword arguments (str.format)
  Value mapping;    // format_map
  bool is_map;
};

Value lookup_kw(FormatArgs& fa, std::string_view name) {
  if (fa.is_map) {
    Rooted key(make_obj(new_str(name)));
    return getitem(fa.mapping, key.get());
  }
  if (fa.kw)
    for (int i = 0; i < fa.kw->nkw(); ++i)
      if (as_str(fa.kw->kwnames->items[i])->s == name) return fa.kw->kw(i);
  raise_value(make_obj(new_exception_args(exc_types().KeyError, {make_obj(new_str(name))})));
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int64_t parse_index(std::string_view s) {
  int64_t v = 0;
  for (char c : s) {
    if (v > (INT64_MAX - 9) / 10)
      raise(exc_types().ValueError, "Too many decimal digits in format string");
    v = v * 10 + (c - '0');
  }
  return v;
}

struct Formatter {
  FormatArgs& fa;
  int auto_idx = 0;  // next automatic index; -1 once manual numbering is used
  bool manual = false, automatic = false;

  explicit Formatter(FormatArgs& f) : fa(f) {}

  Value get_field(std::string_view field) {
    // first part: up to '.' or '['
    size_t i = 0;
    while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
    std::string_view first = field.substr(0, i);
    Rooted obj;
    if (first.empty() || all_digits(first)) {
      int64_t idx;
      if (first.empty()) {
        if (manual)
          raise(exc_types().ValueError, "cannot switch from manual field specification to automatic field numbering");
        automatic = true;
        idx = auto_idx++;
      } else {
        if (automatic)
          raise(exc_types().ValueError, "cannot switch from automatic field numbering to manual field specification");
        manual = true;
        idx = parse_index(first);
      }
      if (fa.is_map) raise(exc_types().ValueError, "Format string contains positional fields");
      if (idx >= fa.npos)
        raisef(exc_types().IndexError, "Replacement index %lld out of range for positional args tuple",
               static_cast<long long>(idx));
      obj.set(fa.pos[idx]);
    } else {
      obj.set(lookup_kw(fa, first));
    }
    while (i < field.size()) {
      if (field[i] == '.') {
        size_t j = ++i;
        while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
        std::string_view name = field.substr(i, j - i);
        if (name.empty()) raise(exc_types().ValueError, "Empty attribute in format string");
        obj.set(getattr(obj.get(), intern(name)));
        i = j;
      } else if (field[i] == '[') {
        size_t j = ++i;
        while (j < field.size() && field[j] != ']') ++j;
        if (j >= field.size()) raise(exc_types().ValueError, "Missing ']' in format string");
        std::string_view key = field.substr(i, j - i);
        if (key.empty()) raise(exc_types().ValueError, "Empty attribute in format string");
        Rooted k(all_digits(key) ? make_int(parse_index(key)) : make_obj(new_str(key)));
        obj.set(getitem(obj.get(), k.get()));
        i = j + 1;
        if (i < field.size() && field[i] != '.' && field[i] != '[')
          raise(exc_types().ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      } else {
        raise(exc_types().ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return obj.get();
  }

  void run(std::string_view fmt, std::string& out, int depth) {
    if (depth > 2) raise(exc_types().ValueError, "Max string recursion exceeded");
    size_t i = 0, n = fmt.size();
    while (i < n) {
      char c = fmt[i];
      if (c == '}') {
        if (i + 1 < n && fmt[i + 1] == '}') {
          out += '}';
          i += 2;
          continue;
        }
        raise(exc_types().ValueError, "Single '}' encountered in format string");
      }
      if (c != '{') {
        size_t j = i;
        while (j < n && fmt[j] != '{' && fmt[j] != '}') ++j;
        out.append(fmt.substr(i, j - i));
        i = j;
        continue;
      }
      if (i + 1 < n && fmt[i + 1] == '{') {
        out += '{';
        i += 2;
        continue;
      }
      // a replacement field: find the matching '}'
      size_t start = ++i;
      int depth_b = 1;
      bool in_bracket = false;
      while (i < n) {
        char d = fmt[i];
        if (in_bracket) {
          if (d == ']') in_bracket = false;
        } else if (d == '[') {
          in_bracket = true;
        } else if (d == '{') {
          ++depth_b;
        } else if (d == '}') {
          if (--depth_b == 0) break;
        }
        ++i;
      }
      if (i >= n)
        raise(exc_types().ValueError, start >= n ? "Single '{' encountered in format string"
                                                 : "expected '}' before end of string");
      std::string_view field = fmt.substr(start, i - start);
      ++i;  // past '}'
      // split field_name, conversion, spec
      size_t k = 0;
      bool br = false;
      while (k < field.size()) {
        if (br) {
          if (field[k] == ']') br = false;
        } else if (field[k] == '[') {
          br = true;
        } else if (field[k] == '!' || field[k] == ':') {
          break;
        }
        ++k;
      }
      std::string_view name = field.substr(0, k);
      char conv = 0;
      std::string_view spec;
      if (k < field.size() && field[k] == '!') {
        if (k + 1 >= field.size())
          raise(exc_types().ValueError, "end of string while looking for conversion specifier");
        conv = field[k + 1];
        k += 2;
        if (k < field.size() && field[k] != ':')
          raise(exc_types().ValueError, "expected ':' after conversion specifier");
      }
      if (k < field.size() && field[k] == ':') spec = field.substr(k + 1);
      Rooted obj(get_field(name));
      if (conv) {
        switch (conv) {
          case 'r': obj.set(make_obj(repr_str(obj.get()))); break;
          case 's': obj.set(make_obj(str_str(obj.get()))); break;
          case 'a': obj.set(mkstr(ascii_escape(repr(obj.get())))); break;
          default: raisef(exc_types().ValueError, "Unknown conversion specifier %c", conv);
        }
      }
      std::string spec_str;
      if (spec.find('{') != std::string_view::npos) run(spec, spec_str, depth + 1);
      else spec_str = std::string(spec);
      out += format_value(obj.get(), spec_str);
    }
  }
};

Value s_format(Args& a) {
  Str* s = self_str(a, "format");
  FormatArgs fa{a.v + 1, a.n - 1, &a, Value(), false};
  Formatter f(fa);
  std::string out;
  f.run(s->s, out, 0);
  return mkstr(std::move(out));
}

Value s_format_map(Args& a) {
  no_kw(a, "format_map");
  if (a.n != 2) raisef(exc_types().TypeError, "str.format_map() takes exactly one argument (%d given)", a.n - 1);
  Str* s = self_str(a, "format_map");
  FormatArgs fa{nullptr, 0, nullptr, a.v[1], true};
  Formatter f(fa);
  std::string out;
  f.run(s->s, out, 0);
  return mkstr(std::move(out));
}

// ---------------------------------------------------------------- misc methods





Value str_ctor(Args& a) {
  Value obj, enc, err;
  int n = a.n;
  if (n > 3) raisef(exc_types().TypeError, "str() takes at most 3 arguments (%d given)", n);
  obj = n > 0 ? a.v[0] : Value();
  enc = n > 1 ? a.v[1] : Value();
  err = n > 2 ? a.v[2] : Value();
  for (int k = 0; k < a.nkw(); ++k) {
    Str* kn = as_str(a.kwnames->items[k]);
    if (kn->s == "object") obj = a.kw(k);
    else if (kn->s == "encoding") enc = a.kw(k);
    else if (kn->s == "errors") err = a.kw(k);
    else raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for str()", kn->s.c_str());
  }
  if (obj.is_undef()) return make_obj(intern(""));
  if (enc.is_undef() && err.is_undef()) {
    if (is_str(obj) && obj.o->type == types().str) return obj;
    return make_obj(str_str(obj));
  }
  if (is_str(obj)) raise(exc_types().TypeError, "decoding str is not supported");
  std::string scratch;
  std::string_view data;
  if (!get_buffer(obj, &data, &scratch))
    raisef(exc_types().TypeError, "decoding to str: need a bytes-like object, %s found", type_name(obj).c_str());
  std::string e = "utf-8", er = "strict";
  if (!enc.is_undef()) {
    if (!is_str(enc))
      raisef(exc_types().TypeError, "str() argument 'encoding' must be str, not %s", type_name(enc).c_str());
    e = as_str(enc)->s;
  }
  if (!err.is_undef()) {
    if (!is_str(err))
      raisef(exc_types().TypeError, "str() argument 'errors' must be str, not %s", type_name(err).c_str());
    er = as_str(err)->s;
  }
  return decode_bytes(data, e, er);
}

// ---------------------------------------------------------------- %-format

struct ModCtx {
  Value args;
  int64_t arglen;
  int64_t argidx;
  Value dict;
};

Value next_arg(ModCtx& c) {
  if (c.argidx < c.arglen) {
    c.argidx++;
    if (c.arglen < 0) return c.args;
    return as<Tuple>(c.args)->items[c.argidx - 1];
  }
  raise(exc_types().TypeError, "not enough arguments for format string");
}

// Appends `n` copies of the ASCII character c to out (n may be huge: the
// size is checked as repeat_text does, and written in place).
void append_fill(std::string& out, char c, int64_t n) {
  size_t bytes = repeat_bytes(1, n, "repeated string is too long");
  if (out.size() > std::string().max_size() - bytes) raise(exc_types().MemoryError, "");
  out.append(bytes, c);
}

// Appends body padded with spaces to `width` code points (after it if left).
// The width counts code points, or bytes for bytes formatting (`raw`).
void append_padded(std::string& out, const std::string& body, int64_t width, bool left, bool raw = false) {
  int64_t pad = width - (raw ? static_cast<int64_t>(body.size()) : utf8_length(body));
  if (pad > 0) out.reserve(out.size() + body.size() + repeat_bytes(1, pad, "repeated string is too long"));
  if (!left) append_fill(out, ' ', pad);
  out += body;
  if (left) append_fill(out, ' ', pad);
}

// Appends a number (ASCII) padded to `width`: spaces after it (`-`), zeros
// between its sign/prefix `head` and its digits (`0`), or spaces before it.
void append_number(std::string& out, const std::string& head, const std::string& digits, int64_t width, bool left,
                   bool zero) {
  int64_t pad = width - static_cast<int64_t>(head.size() + digits.size());
  if (pad > 0)
    out.reserve(out.size() + head.size() + digits.size() + repeat_bytes(1, pad, "repeated string is too long"));
  if (!left && !zero) append_fill(out, ' ', pad);
  out += head;
  if (!left && zero) append_fill(out, '0', pad);
  out += digits;
  if (left) append_fill(out, ' ', pad);
}

std::string truncate_cps(const std::string& s, int64_t prec) {
  if (prec < 0) return s;
  size_t pos = 0;
  int64_t n = 0;
  while (pos < s.size() && n < prec) {
    pos = utf8_next(s, pos);
    ++n;
  }
  return s.substr(0, pos);
}

// What %b and %s of bytes formatting insert: a buffer's bytes, or what
// __bytes__ gives.
std::string bytes_for_percent_b(Value v) {
  std::string scratch;
  std::string_view view;
  if (get_buffer(v, &view, &scratch)) return std::string(view);
  Value m = lookup_special(v, intern("__bytes__"));
  if (m.is_undef())
    raisef(exc_types().TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
           type_name(v).c_str());
  Value r = call0(m);
  if (!is_kind(r, Kind::Bytes))
    raisef(exc_types().TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r).c_str());
  return as<Bytes>(r)->data;
}

bool is_intlike(Value v) { return v.is_int() || v.is_bool() || is_kind(v, Kind::BigInt); }

// Digits of |v| in base (no prefix, no sign); sets *neg.
std::string int_digits(Value v, int base, bool upper, bool* neg) {
  std::string s;
  if (v.is_int() || v.is_bool()) {
    int64_t x = v.is_bool() ? v.as_bool() : v.as_int();
    *neg = x < 0;
    uint64_t u = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    const char* dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    if (u == 0) s = "0";
    while (u) {
      s += dig[u % base];
      u /= base;
    }
    std::reverse(s.begin(), s.end());
    return s;
  }
  s = int_to_string(v, base);
  *neg = !s.empty() && s[0] == '-';
  if (*neg) s.erase(0, 1);
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'X' || s[1] == 'b')) s.erase(0, 2);
  if (upper)
    for (char& ch : s) ch = static_cast<char>(toupper(static_cast<unsigned char>(ch)));
  else
    for (char& ch : s) ch = static_cast<char>(tolower(static_cast<unsigned char>(ch)));
  return s;
}

}  // namespace

std::string decimal_and_space_to_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      out += s[pos++];
      continue;
    }
    uint32_t c = utf8_decode(s, pos);
    int d = unicode::decimal_value(c);
    out += d >= 0 ? static_cast<char>('0' + d) : is_unicode_space(c) ? ' ' : '?';
  }
  return out;
}

// ---------------------------------------------------------------- exported

bool is_unicode_space(uint32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return unicode::is_space(c);
}

size_t utf8_next(std::string_view s, size_t pos) {
  ++pos;
  while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

Value str_char_at(Str* s, int64_t i) {
  if (s->ascii) return make_obj(ascii_char(static_cast<unsigned char>(s->s[i])));
  size_t b = s->byte_offset(i);
  size_t e = utf8_next(s->s, b);
  return mkstr(s->s.substr(b, e - b));
}

Value str_getitem(Str* s, Value index) {
  if (index.is_int() || index.is_bool() || is_kind(index, Kind::BigInt) ||
      (is_kind(index, Kind::Instance) && !lookup_special(index, intern("__index__")).is_undef())) {
    int64_t i;
    if (index.is_int()) {
      i = index.as_int();
      if (i < 0) i += s->length;
      if (i < 0 || i >= s->length) raise(exc_types().IndexError, "string index out of range");
    } else {
      i = normalize_index(index, s->length, "string index out of range");
    }
    return str_char_at(s, i);
  }
  if (is_kind(index, Kind::Slice)) {
    int64_t start, stop, step;
    as<Slice>(index)->indices(s->length, &start, &stop, &step);
    int64_t n = slice_length(start, stop, step);
    if (n <= 0) return make_obj(intern(""));
    if (step == 1) {
      if (n == s->length && s->type == types().str) return make_obj(s);
      if (s->ascii) return mkstr(s->s.substr(start, n));
      size_t b = s->byte_offset(start);
      size_t e = b;
      for (int64_t k = 0; k < n; ++k) e = utf8_next(s->s, e);
      return mkstr(s->s.substr(b, e - b));
    }
    std::string out;
    if (s->ascii) {
      out.reserve(n);
      for (int64_t k = 0; k < n; ++k) out += s->s[start + k * step];
    } else {
      std::vector<uint32_t> cps = decode(s->s);
      for (int64_t k = 0; k < n; ++k) utf8_append(out, cps[start + k * step]);
    }
    return mkstr(std::move(out));
  }
  raisef(exc_types().TypeError, "string indices must be integers, not '%s'", type_name(index).c_str());
}

Str* str_concat(Str* a, Str* b) {
  check_allocation(a->s.size() + b->s.size());
  std::string out;
  out.reserve(a->s.size() + b->s.size());
  out += a->s;
  out += b->s;
  return new_str_known(std::move(out), a->length + b->length, a->ascii && b->ascii);
}

Value str_repeat(Str* s, int64_t n) {
  if (n <= 0 || s->s.empty()) return make_obj(intern(""));
  if (n == 1 && s->type == types().str) return make_obj(s);
  checked_mul(s->length, n, "repeated string is too long");  // CPython counts code points
  return make_obj(new_str(repeat_text(s->s, n)));
}

std::string repeat_text(std::string_view unit, int64_t n) {
  size_t total = repeat_bytes(unit.size(), n, "repeated string is too long");
  if (total == 0) return {};
  if (unit.size() == 1) return std::string(total, unit[0]);
  std::string out;
  out.reserve(total);
  out.append(unit);
  while (out.size() * 2 <= total) out.append(out);
  out.append(out.data(), total - out.size());
  return out;
}

bool str_contains(Str* hay, Str* needle) { return hay->s.find(needle->s) != std::string::npos; }

int str_compare(Str* a, Str* b) {
  int c = a->s.compare(b->s);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

std::string str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  size_t pos = 0;
  static const char* hex = "0123456789abcdef";
  while (pos < s.size()) {
    unsigned char b = s[pos];
    if (b < 0x80) {
      ++pos;
      if (b == static_cast<unsigned char>(quote) || b == '\\') {
        out += '\\';
        out += static_cast<char>(b);
      } else if (b == '\t') out += "\\t";
      else if (b == '\n') out += "\\n";
      else if (b == '\r') out += "\\r";
      else if (b < 0x20 || b == 0x7F) {
        out += "\\x";
        out += hex[b >> 4];
        out += hex[b & 15];
      } else out += static_cast<char>(b);
      continue;
    }
    size_t start = pos;
    uint32_t c = utf8_decode(s, pos);
    if (cp_isprintable(c)) {
      out.append(s.substr(start, pos - start));
    } else if (c < 0x100) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else if (c < 0x10000) {
      out += "\\u";
      for (int sh = 12; sh >= 0; sh -= 4) out += hex[(c >> sh) & 15];
    } else {
      out += "\\U";
      for (int sh = 28; sh >= 0; sh -= 4) out += hex[(c >> sh) & 15];
    }
  }
  out += quote;
  return out;
}

std::string ascii_escape(std::string_view r) {
  std::string out;
  out.reserve(r.size());
  static const char* hex = "0123456789abcdef";
  size_t pos = 0;
  while (pos < r.size()) {
    unsigned char b = r[pos];
    if (b < 0x80) {
      out += static_cast<char>(b);
      ++pos;
      continue;
    }
    uint32_t c = utf8_decode(r, pos);
    if (c < 0x100) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else if (c < 0x10000) {
      out += "\\u";
      for (int sh = 12; sh >= 0; sh -= 4) out += hex[(c >> sh) & 15];
    } else {
      out += "\\U";
      for (int sh = 28; sh >= 0; sh -= 4) out += hex[(c >> sh) & 15];
    }
  }
  return out;
}

std::string percent_format(std::string_view f, Value args, bool bytes) {
  ModCtx c;
  c.args = args;
  if (is_kind(args, Kind::Tuple)) {
    c.arglen = static_cast<int64_t>(as<Tuple>(args)->size());
    c.argidx = 0;
  } else {
    c.arglen = -1;
    c.argidx = -2;
  }
  bool mapping = false;
  if (bytes) {
    // bytes % takes any subscriptable right operand but a tuple or a string
    // as the mapping of %(key)s (and then ignores it when unused).
    mapping = !is_kind(args, Kind::Tuple) && !is_str(args) && !is_kind(args, Kind::Bytes) &&
              !is_kind(args, Kind::ByteArray) && type_of(args)->slots.getitem;
  } else if (!is_kind(args, Kind::Tuple) && !is_str(args)) {
    if (is_kind(args, Kind::Dict) || is_kind(args, Kind::List)) mapping = true;
    else if (is_kind(args, Kind::Instance) && !lookup_special(args, intern("__getitem__")).is_undef()) mapping = true;
  }
  if (mapping) c.dict = args;
  Rooted rargs(args);
  Rooted cur;  // keeps the value looked up by %(key) alive
  std::string out;
  size_t i = 0, n = f.size();
  while (i < n) {
    if (f[i] != '%') {
      size_t j = f.find('%', i);
      if (j == std::string::npos) j = n;
      out.append(f, i, j - i);
      i = j;
      continue;
    }
    size_t spec_start = i;
    ++i;
    if (i >= n) raise(exc_types().ValueError, "incomplete format");
    if (f[i] == '%') {
      out += '%';
      ++i;
      continue;
    }
    if (f[i] == '(') {
      if (c.dict.is_undef()) raise(exc_types().TypeError, "format requires a mapping");
      int depth = 1;
      size_t kstart = ++i;
      while (i < n && depth > 0) {
        if (f[i] == '(') ++depth;
        else if (f[i] == ')') --depth;
        ++i;
      }
      if (depth > 0) raise(exc_types().ValueError, "incomplete format key");
      std::string_view key_text = f.substr(kstart, i - 1 - kstart);
      Rooted key(bytes ? bytes_value(std::string(key_text)) : make_obj(new_str(key_text)));
      cur.set(getitem(c.dict, key.get()));
      c.args = cur.get();
      c.arglen = -1;
      c.argidx = -2;
    }
    bool left = false, plus = false, space = false, alt = false, zero = false;
    for (; i < n; ++i) {
      char ch = f[i];
      if (ch == '-') left = true;
      else if (ch == '+') plus = true;
      else if (ch == ' ') space = true;
      else if (ch == '#') alt = true;
      else if (ch == '0') zero = true;
      else break;
    }
    // Width and precision as CPython's unicode_format_arg_parse reads them:
    // a width fits in ssize_t, a precision in a C int.
    int64_t width = -1, prec = -1;
    if (i < n && f[i] == '*') {
      Value w = next_arg(c);
      if (!is_intlike(w)) raise(exc_types().TypeError, "* wants int");
      width = as_ssize(w);
      if (width < 0) {
        left = true;
        // -(-2**63) stays negative in CPython's C arithmetic: no padding.
        width = width == INT64_MIN ? -1 : -width;
      }
      ++i;
    } else {
      while (i < n && f[i] >= '0' && f[i] <= '9') {
        int d = f[i] - '0';
        if (width > (INT64_MAX - d) / 10) raise(exc_types().ValueError, "width too big");
        width = (width < 0 ? 0 : width) * 10 + d;
        ++i;
      }
    }
    if (i < n && f[i] == '.') {
      ++i;
      prec = 0;
      if (i < n && f[i] == '*') {
        Value p = next_arg(c);
        if (!is_intlike(p)) raise(exc_types().TypeError, "* wants int");
        int pv = as_c_int(p);
        prec = pv < 0 ? 0 : pv;
        ++i;
      } else {
        while (i < n && f[i] >= '0' && f[i] <= '9') {
          int d = f[i] - '0';
          if (prec > (INT_MAX - d) / 10) raise(exc_types().ValueError, "precision too big");
          prec = prec * 10 + d;
          ++i;
        }
      }
    }
    while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) ++i;
    if (i >= n) raise(exc_types().ValueError, "incomplete format");
    size_t cstart = i;
    // A '%' after flags or a width ('%5%') is a conversion like any other:
    // it takes an argument, then fails as an unsupported character.
    uint32_t conv = bytes ? static_cast<unsigned char>(f[i++]) : utf8_decode(f, i);
    (void)spec_start;
    Value v = next_arg(c);
    Rooted rv(v);
    std::string body;
    switch (conv) {
      case 's':
      case 'r':
      case 'a':
      case 'b': {
        if (bytes) {
          std::string t = conv == 'r' || conv == 'a' ? ascii_escape(repr(v)) : bytes_for_percent_b(v);
          if (prec >= 0 && static_cast<int64_t>(t.size()) > prec) t.resize(static_cast<size_t>(prec));
          append_padded(out, t, width, left, true);
          continue;
        }
        if (conv == 'b') break;  // no %b for str: an unsupported character
        std::string t = conv == 's' ? str(v) : conv == 'r' ? repr(v) : ascii_escape(repr(v));
        append_padded(out, truncate_cps(t, prec), width, left);
        continue;
      }
      case 'c': {
        if (bytes) {
          char byte;
          std::string scratch;
          std::string_view one;
          if ((is_kind(v, Kind::Bytes) || is_kind(v, Kind::ByteArray)) && get_buffer(v, &one, &scratch) &&
              one.size() == 1) {
            byte = one[0];
          } else if (Value iv = index_or_undef(v); !iv.is_undef()) {
            int64_t x = iv.is_int() ? iv.as_int() : iv.is_bool() ? iv.as_bool() : -1;
            if (x < 0 || x > 255) raise(exc_types().OverflowError, "%c arg not in range(256)");
            byte = static_cast<char>(x);
          } else {
            raise(exc_types().TypeError, "%c requires an integer in range(256) or a single byte");
          }
          append_padded(out, std::string(1, byte), width, left, true);
          continue;
        }
        std::string t;
        if (is_str(v)) {
          if (as_str(v)->length != 1) raise(exc_types().TypeError, "%c requires int or char");
          t = as_str(v)->s;
        } else if (v.is_int() || v.is_bool() || is_kind(v, Kind::BigInt)) {
          int64_t x = v.is_bool() ? v.as_bool() : v.is_int() ? v.as_int() : -1;  // a BigInt is out of range
          if (x < 0 || x > 0x10FFFF) raise(exc_types().OverflowError, "%c arg not in range(0x110000)");
          utf8_append(t, static_cast<uint32_t>(x));
        } else {
          raise(exc_types().TypeError, "%c requires int or char");
        }
        append_padded(out, t, width, left);
        continue;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
        Value iv = v;
        if (!is_intlike(v)) {
          if (decimal && (v.is_float() || is_boxed_float(v))) {
            iv = int_convert(unbox_float(v));
          } else if (is_kind(v, Kind::Instance) &&
                     (!lookup_special(v, intern("__index__")).is_undef() ||
                      (decimal && !lookup_special(v, intern("__int__")).is_undef()))) {
            iv = decimal ? int_convert(v) : make_int(index_value(v));
          } else if (decimal) {
            raisef(exc_types().TypeError, "%%%c format: a real number is required, not %s", static_cast<char>(conv),
                   type_name(v).c_str());
          } else {
            raisef(exc_types().TypeError, "%%%c format: an integer is required, not %s", static_cast<char>(conv),
                   type_name(v).c_str());
          }
        }
        Rooted riv(iv);
        int base = decimal ? 10 : conv == 'o' ? 8 : 16;
        bool neg;
        std::string digits = int_digits(iv, base, conv == 'X', &neg);
        if (prec >= 0 && static_cast<int64_t>(digits.size()) < prec)
          digits.insert(0, repeat_text("0", prec - static_cast<int64_t>(digits.size())));
        std::string sign = neg ? "-" : plus ? "+" : space ? " " : "";
        std::string prefix;
        if (alt && conv == 'o') prefix = "0o";
        else if (alt && conv == 'x') prefix = "0x";
        else if (alt && conv == 'X') prefix = "0X";
        append_number(out, sign + prefix, digits, width, left, zero);
        continue;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (v.is_float() || is_boxed_float(v)) d = to_double(v);
        else if (is_intlike(v)) d = to_double(v);
        else if (is_kind(v, Kind::Instance) && !lookup_special(v, intern("__float__")).is_undef())
          d = float_convert(v).as_float();
        else raisef(exc_types().TypeError, bytes ? "float argument required, not %s" : "must be real number, not %s",
                    type_name(v).c_str());
        // The width is applied here, not by snprintf, whose widths are ints.
        std::string cf = "%";
        if (plus) cf += '+';
        if (space) cf += ' ';
        if (alt) cf += '#';
        cf += '.';
        cf += std::to_string(prec < 0 ? 6 : prec);
        cf += static_cast<char>(conv);
        int len = std::snprintf(nullptr, 0, cf.c_str(), d);
        if (len < 0) raise(exc_types().MemoryError, "");  // past INT_MAX characters
        std::string buf(static_cast<size_t>(len) + 1, '\0');
        std::snprintf(buf.data(), buf.size(), cf.c_str(), d);
        buf.resize(static_cast<size_t>(len));
        size_t sign_len = !buf.empty() && (buf[0] == '-' || buf[0] == '+' || buf[0] == ' ') ? 1 : 0;
        append_number(out, buf.substr(0, sign_len), buf.substr(sign_len), width, left, zero);
        continue;
      }
      default: break;
    }
    int64_t idx = bytes ? static_cast<int64_t>(cstart) : utf8_length(f.substr(0, cstart));
    if (conv >= 0x20 && conv < 0x7F)
      raisef(exc_types().ValueError, "unsupported format character '%c' (0x%x) at index %lld", static_cast<char>(conv),
             conv, static_cast<long long>(idx));
    // CPython reads a bytes format's byte as a signed char, which a
    // character conversion then refuses.
    if (bytes && conv >= 0x80) raise(exc_types().OverflowError, "character argument not in range(0x110000)");
    std::string ch;
    utf8_append(ch, conv);
    raisef(exc_types().ValueError, "unsupported format character '%s' (0x%x) at index %lld", ch.c_str(), conv,
           static_cast<long long>(idx));
  }
  if (c.argidx < c.arglen && c.dict.is_undef())
    raisef(exc_types().TypeError, "not all arguments converted during %s formatting", bytes ? "bytes" : "string");
  return out;
}

Value str_mod(Str* fmt, Value args) { return mkstr(percent_format(fmt->s, args, false)); }

void init_str_methods() {
  TypeObject* t = types().str;
  t->ctor = str_ctor;
  struct M {
    const char* name;
    NativeFn fn;
  };
  static const M methods[] = {
      {"upper", s_upper},           {"lower", s_lower},
      {"capitalize", s_capitalize}, {"title", s_title},
      {"swapcase", s_swapcase},     {"casefold", s_casefold},
      {"strip", s_strip},           {"lstrip", s_lstrip},
      {"rstrip", s_rstrip},         {"split", s_split},
      {"rsplit", s_rsplit},         {"splitlines", s_splitlines},
      {"join", s_join},             {"replace", s_replace},
      {"find", s_find},             {"rfind", s_rfind},
      {"index", s_index},           {"rindex", s_rindex},
      {"count", s_count},           {"startswith", s_startswith},
      {"endswith", s_endswith},     {"isdigit", s_isdigit},
      {"isdecimal", s_isdecimal},   {"isnumeric", s_isnumeric},
      {"isalpha", s_isalpha},       {"isalnum", s_isalnum},
      {"isspace", s_isspace},       {"isupper", s_isupper},
      {"islower", s_islower},       {"istitle", s_istitle},
      {"isidentifier", s_isidentifier}, {"isascii", s_isascii},
      {"isprintable", s_isprintable}, {"center", s_center},
      {"ljust", s_ljust},           {"rjust", s_rjust},
      {"zfill", s_zfill},           {"partition", s_partition},
      {"rpartition", s_rpartition}, {"expandtabs", s_expandtabs},
      {"format", s_format},         {"format_map", s_format_map},
      {"encode", s_encode},         {"removeprefix", s_removeprefix},
      {"removesuffix", s_removesuffix}, {"translate", s_translate},
  };
  for (const M& m : methods) add_method(t, m.name, m.fn);
  NativeFunction* mt = new_native("maketrans", s_maketrans);
  mt->qualname = intern("str.maketrans");
  t->dict->set_str(intern("maketrans"), make_obj(heap().make<StaticMethod>(make_obj(mt))));
}

}  // namespace coil::rt
