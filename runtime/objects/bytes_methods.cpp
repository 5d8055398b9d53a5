// The methods bytes and bytearray share. Each native is a template over the
// layout of self (Kind::Bytes or Kind::ByteArray): the algorithms are
// written once on string_views, and the instantiation decides what the
// results are made of and what the messages call the type; the method
// table of the instantiation (kMethods<K>) has self's layout checked.
//
// Arguments are converted before self's bytes are read, and buffers passed
// as arguments are copied: converting an argument may run script code
// (__index__), which may change a bytearray; once the bytes are read no
// script code runs.
#include "runtime/objects/bytes_methods.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>

#include "runtime/checked.h"
#include "runtime/codecs.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/ops.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"

namespace coil::rt {

namespace {

// ----------------------------------------------------------- the two types

template <Kind K>
struct Layout;
template <>
struct Layout<Kind::Bytes> {
  static constexpr const char* name = "bytes";
  static Value make(std::string s) { return bytes_value(std::move(s)); }
  static const std::string& data(Value v) { return static_cast<Bytes*>(v.o)->data; }
};
template <>
struct Layout<Kind::ByteArray> {
  static constexpr const char* name = "bytearray";
  static Value make(std::string s) { return make_obj(new_bytearray(std::move(s))); }
  static const std::string& data(Value v) { return static_cast<ByteArray*>(v.o)->data; }
};

// A result equal to self's bytes: self itself for an exact bytes (immutable,
// so CPython returns it), else a new object.
template <Kind K>
Value unchanged(Value self) {
  if (K == Kind::Bytes && self.o->type == types().bytes) return self;
  return Layout<K>::make(Layout<K>::data(self));
}

// ------------------------------------------------------- argument parsing
//
// The method tables (runtime/native.h) check self's layout and the common
// calling conventions; the helpers here cover the other two CPython uses
// for these methods.

template <Kind K>
void no_keywords(Args& a, const char* name) {
  if (a.nkw()) raisef(exc_types().TypeError, "%s.%s() takes no keyword arguments", Layout<K>::name, name);
}

// PyArg_ParseTuple("O|OO:find") style: "find() takes at least 1 argument
// (0 given)".
template <Kind K>
void parse_tuple_args(Args& a, const char* name, int lo, int hi) {
  no_keywords<K>(a, name);
  int n = a.n - 1;
  if (n < lo)
    raisef(exc_types().TypeError, "%s() takes at least %d argument%s (%d given)", name, lo, lo == 1 ? "" : "s", n);
  if (n > hi)
    raisef(exc_types().TypeError, "%s() takes at most %d argument%s (%d given)", name, hi, hi == 1 ? "" : "s", n);
}

// A copy of a bytes-like argument (see the top of the file for why a copy).
std::string buffer_arg(Value v) {
  std::string scratch;
  return std::string(need_buffer(v, &scratch));
}

// The sub argument of find/count/index: a byte as an int, or bytes-like.
std::string sub_arg(Value v) {
  std::string scratch;
  std::string_view view;
  if (get_buffer(v, &view, &scratch)) return std::string(view);
  Value i = index_or_undef(v);
  if (i.is_undef())
    raisef(exc_types().TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(v).c_str());
  int64_t x = index_ssize(i, nullptr);
  if (x < 0 || x > 255) raise(exc_types().ValueError, "byte must be in range(0, 256)");
  return std::string(1, static_cast<char>(x));
}

// A start or end argument: None or an index, clipped to int64.
int64_t slice_arg(Value v, int64_t dflt) {
  if (v.is_undef() || v.is_none()) return dflt;
  return clamp_ssize(v, "slice indices must be integers or None or have an __index__ method");
}

// CPython's ADJUST_INDICES: negative positions count from the end; start
// may stay past len (then nothing matches).
void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
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

// A fill character: a bytes or bytearray of length 1.
char fill_arg(Value v, const char* name) {
  if ((kind_is(v, Kind::Bytes) || kind_is(v, Kind::ByteArray))) {
    std::string scratch;
    std::string_view view = need_buffer(v, &scratch);
    if (view.size() == 1) return view[0];
  }
  raisef(exc_types().TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
         type_name(v).c_str());
}

// ------------------------------------------------------------- ASCII tests

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
char to_lower(unsigned char c) { return static_cast<char>(is_upper(c) ? c + 32 : c); }
char to_upper(unsigned char c) { return static_cast<char>(is_lower(c) ? c - 32 : c); }

// ------------------------------------------------------------- searching

// Position of the first (last, with `reverse`) occurrence of sub in
// d[start:end], or -1.
int64_t find_in(std::string_view d, std::string_view sub, int64_t start, int64_t end, bool reverse) {
  adjust_indices(start, end, static_cast<int64_t>(d.size()));
  int64_t n = static_cast<int64_t>(sub.size());
  if (end - start < n) return -1;
  std::string_view window = d.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  size_t p = reverse ? window.rfind(sub) : window.find(sub);
  return p == std::string_view::npos ? -1 : start + static_cast<int64_t>(p);
}

int64_t count_in(std::string_view d, std::string_view sub, int64_t start, int64_t end) {
  adjust_indices(start, end, static_cast<int64_t>(d.size()));
  if (end < start) return 0;
  if (sub.empty()) return end - start + 1;
  std::string_view window = d.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  int64_t c = 0;
  for (size_t p = window.find(sub); p != std::string_view::npos; p = window.find(sub, p + sub.size())) ++c;
  return c;
}

// startswith/endswith of one candidate (CPython's tail_match).
bool tail_match(std::string_view d, std::string_view sub, int64_t start, int64_t end, bool at_end) {
  int64_t len = static_cast<int64_t>(d.size()), slen = static_cast<int64_t>(sub.size());
  adjust_indices(start, end, len);
  if (!at_end) {
    if (start > len - slen) return false;
  } else {
    if (end - start < slen || start > len) return false;
    if (end - slen > start) start = end - slen;
  }
  if (end - start < slen) return false;
  return d.compare(static_cast<size_t>(start), static_cast<size_t>(slen), sub) == 0;
}

// find, rfind, index, rindex, count.
enum class Search { Find, RFind, Index, RIndex, Count };

template <Kind K, Search S>
Value m_search(Args& a) {
  static constexpr const char* names[] = {"find", "rfind", "index", "rindex", "count"};
  const char* name = names[static_cast<int>(S)];
  Value self = a.v[0];
  parse_tuple_args<K>(a, name, 1, 3);
  int64_t start = slice_arg(a.n > 2 ? a.v[2] : Value(), 0);
  int64_t end = slice_arg(a.n > 3 ? a.v[3] : Value(), INT64_MAX);
  std::string sub = sub_arg(a.v[1]);
  std::string_view d = Layout<K>::data(self);
  if (S == Search::Count) return make_int(count_in(d, sub, start, end));
  int64_t pos = find_in(d, sub, start, end, S == Search::RFind || S == Search::RIndex);
  if (pos < 0 && (S == Search::Index || S == Search::RIndex)) raise(exc_types().ValueError, "subsection not found");
  return make_int(pos);
}

template <Kind K, bool AtEnd>
Value m_startswith(Args& a) {
  const char* name = AtEnd ? "endswith" : "startswith";
  Value self = a.v[0];
  parse_tuple_args<K>(a, name, 1, 3);
  int64_t start = slice_arg(a.n > 2 ? a.v[2] : Value(), 0);
  int64_t end = slice_arg(a.n > 3 ? a.v[3] : Value(), INT64_MAX);
  Value what = a.v[1];
  if (kind_is(what, Kind::Tuple)) {
    Tuple* t = as<Tuple>(what);
    for (size_t i = 0; i < t->items.size(); ++i) {
      std::string sub = buffer_arg(t->items[i]);
      if (tail_match(Layout<K>::data(self), sub, start, end, AtEnd)) return make_bool(true);
    }
    return make_bool(false);
  }
  if (!is_bytes_like(what))
    raisef(exc_types().TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
           type_name(what).c_str());
  std::string sub = buffer_arg(what);
  return make_bool(tail_match(Layout<K>::data(self), sub, start, end, AtEnd));
}

// ------------------------------------------------------- case and classes

template <bool (*Test)(unsigned char)>
bool every_byte(std::string_view d) {
  if (d.empty()) return false;
  for (unsigned char c : d)
    if (!Test(c)) return false;
  return true;
}

template <Kind K, int Which>
Value m_is(Args& a) {
  Value self = a.v[0];
  std::string_view d = Layout<K>::data(self);
  switch (Which) {
    case 0: return make_bool(every_byte<is_alnum>(d));
    case 1: return make_bool(every_byte<is_alpha>(d));
    case 2: return make_bool(std::all_of(d.begin(), d.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
    case 3: return make_bool(every_byte<is_digit>(d));
    case 5: return make_bool(every_byte<is_space>(d));
    case 4:
    case 7: {
      // At least one cased byte, and none of the other case.
      bool cased = false;
      for (unsigned char c : d) {
        if (Which == 4 ? is_upper(c) : is_lower(c)) return make_bool(false);
        if (Which == 4 ? is_lower(c) : is_upper(c)) cased = true;
      }
      return make_bool(cased);
    }
    default: {
      // Upper case only at the start of a word, lower case only inside one.
      bool cased = false, prev_cased = false;
      for (unsigned char c : d) {
        if (is_upper(c)) {
          if (prev_cased) return make_bool(false);
          prev_cased = cased = true;
        } else if (is_lower(c)) {
          if (!prev_cased) return make_bool(false);
          prev_cased = cased = true;
        } else {
          prev_cased = false;
        }
      }
      return make_bool(cased);
    }
  }
}

template <Kind K, int Which>
Value m_case(Args& a) {
  Value self = a.v[0];
  std::string out(Layout<K>::data(self));
  bool prev_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = out[i];
    switch (Which) {
      case 0: out[i] = to_lower(c); break;
      case 1: out[i] = to_upper(c); break;
      case 2: out[i] = is_upper(c) ? to_lower(c) : to_upper(c); break;
      case 3: out[i] = i == 0 ? to_upper(c) : to_lower(c); break;
      default:
        out[i] = prev_cased ? to_lower(c) : to_upper(c);
        prev_cased = is_alpha(c);
        break;
    }
  }
  return Layout<K>::make(std::move(out));
}

// ---------------------------------------------------------------- padding

template <Kind K, int Which>  // 0 center, 1 ljust, 2 rjust
Value m_pad(Args& a) {
  static constexpr const char* names[] = {"center", "ljust", "rjust"};
  const char* name = names[Which];
  Value self = a.v[0];
  int64_t width = as_ssize(a.v[1]);
  char fill = a.n > 2 ? fill_arg(a.v[2], name) : ' ';
  std::string_view d = Layout<K>::data(self);
  int64_t len = static_cast<int64_t>(d.size());
  if (width <= len) return unchanged<K>(self);
  int64_t pad = width - len;
  int64_t left = Which == 1 ? 0 : Which == 2 ? pad : pad / 2 + (pad & width & 1);
  check_allocation(static_cast<size_t>(width));
  std::string out;
  out.reserve(static_cast<size_t>(width));
  out.append(static_cast<size_t>(left), fill);
  out.append(d);
  out.append(static_cast<size_t>(pad - left), fill);
  return Layout<K>::make(std::move(out));
}

template <Kind K>
Value m_zfill(Args& a) {
  Value self = a.v[0];
  int64_t width = as_ssize(a.v[1]);
  std::string_view d = Layout<K>::data(self);
  int64_t len = static_cast<int64_t>(d.size());
  if (width <= len) return unchanged<K>(self);
  check_allocation(static_cast<size_t>(width));
  std::string out(static_cast<size_t>(width - len), '0');
  out.append(d);
  // A sign moves in front of the zeros.
  if (len > 0 && (d[0] == '+' || d[0] == '-')) {
    out[0] = d[0];
    out[static_cast<size_t>(width - len)] = '0';
  }
  return Layout<K>::make(std::move(out));
}

template <Kind K>
Value m_expandtabs(Args& a) {
  Value v[1];
  Value self = a.v[0];
  bind_keyword_args(a, "expandtabs", {"tabsize"}, v);
  int64_t tabsize = v[0].is_undef() ? 8 : as_c_int(v[0]);
  std::string_view d = Layout<K>::data(self);
  std::string out;
  int64_t col = 0;
  for (char c : d) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - col % tabsize;
        col = checked_add(col, incr, "result too long");
        check_allocation(out.size() + static_cast<size_t>(incr));
        out.append(static_cast<size_t>(incr), ' ');
      }
    } else {
      out += c;
      col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
  }
  return Layout<K>::make(std::move(out));
}

// ---------------------------------------------------------------- strip

template <Kind K, int Which>  // 0 strip, 1 lstrip, 2 rstrip
Value m_strip(Args& a) {
  Value self = a.v[0];
  bool whitespace = a.n < 2 || a.v[1].is_none();
  std::string chars = whitespace ? std::string() : buffer_arg(a.v[1]);
  auto strip_it = [&](unsigned char c) {
    return whitespace ? is_space(c) : chars.find(static_cast<char>(c)) != std::string::npos;
  };
  std::string_view d = Layout<K>::data(self);
  size_t b = 0, e = d.size();
  if (Which != 2)
    while (b < e && strip_it(d[b])) ++b;
  if (Which != 1)
    while (e > b && strip_it(d[e - 1])) --e;
  if (b == 0 && e == d.size()) return unchanged<K>(self);
  return Layout<K>::make(std::string(d.substr(b, e - b)));
}

// ---------------------------------------------------------------- split

template <Kind K>
Value pieces_list(std::vector<std::string_view>& pieces, bool reversed) {
  if (reversed) std::reverse(pieces.begin(), pieces.end());
  std::vector<Value> items;
  items.reserve(pieces.size());
  for (std::string_view p : pieces) items.push_back(Layout<K>::make(std::string(p)));
  return make_obj(new_list(std::move(items)));
}

template <Kind K, bool Reverse>
Value m_split(Args& a) {
  const char* name = Reverse ? "rsplit" : "split";
  Value v[2];
  Value self = a.v[0];
  bind_keyword_args(a, name, {"sep", "maxsplit"}, v);
  int64_t maxsplit = v[1].is_undef() ? -1 : as_ssize(v[1]);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  bool whitespace = v[0].is_undef() || v[0].is_none();
  std::string sep = whitespace ? std::string() : buffer_arg(v[0]);
  if (!whitespace && sep.empty()) raise(exc_types().ValueError, "empty separator");
  std::string_view d = Layout<K>::data(self);
  std::vector<std::string_view> pieces;
  if (whitespace) {
    // Runs of ASCII whitespace separate; none at either end makes a piece.
    // Once maxsplit pieces are cut, the rest (from its first non-space)
    // is the last.
    if (!Reverse) {
      size_t i = 0, n = d.size();
      while (true) {
        while (i < n && is_space(d[i])) ++i;
        if (i == n) break;
        if (static_cast<int64_t>(pieces.size()) == maxsplit) {
          pieces.push_back(d.substr(i));
          break;
        }
        size_t j = i;
        while (j < n && !is_space(d[j])) ++j;
        pieces.push_back(d.substr(i, j - i));
        i = j;
      }
    } else {
      size_t e = d.size();
      while (true) {
        while (e > 0 && is_space(d[e - 1])) --e;
        if (e == 0) break;
        if (static_cast<int64_t>(pieces.size()) == maxsplit) {
          pieces.push_back(d.substr(0, e));
          break;
        }
        size_t b = e;
        while (b > 0 && !is_space(d[b - 1])) --b;
        pieces.push_back(d.substr(b, e - b));
        e = b;
      }
    }
  } else if (!Reverse) {
    size_t i = 0;
    int64_t cuts = 0;
    for (size_t p; cuts < maxsplit && (p = d.find(sep, i)) != std::string_view::npos; ++cuts) {
      pieces.push_back(d.substr(i, p - i));
      i = p + sep.size();
    }
    pieces.push_back(d.substr(i));
  } else {
    size_t e = d.size();
    int64_t cuts = 0;
    while (cuts < maxsplit && e >= sep.size()) {
      size_t p = d.substr(0, e).rfind(sep);
      if (p == std::string_view::npos) break;
      pieces.push_back(d.substr(p + sep.size(), e - p - sep.size()));
      e = p;
      ++cuts;
    }
    pieces.push_back(d.substr(0, e));
  }
  return pieces_list<K>(pieces, Reverse);
}

template <Kind K>
Value m_splitlines(Args& a) {
  Value v[1];
  Value self = a.v[0];
  bind_keyword_args(a, "splitlines", {"keepends"}, v);
  bool keepends = !v[0].is_undef() && as_c_int(v[0]) != 0;
  std::string_view d = Layout<K>::data(self);
  std::vector<std::string_view> pieces;
  size_t i = 0, n = d.size();
  while (i < n) {
    size_t j = i;
    while (j < n && d[j] != '\n' && d[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) j += d[j] == '\r' && j + 1 < n && d[j + 1] == '\n' ? 2 : 1;
    pieces.push_back(d.substr(i, (keepends ? j : eol) - i));
    i = j;
  }
  return pieces_list<K>(pieces, false);
}

// The middle of partition's result: bytes returns the separator object it
// was given, bytearray a new bytearray of it.
template <Kind K, bool Reverse>
Value m_partition(Args& a) {
  Value self = a.v[0];
  Value sep_obj = a.v[1];
  std::string sep = buffer_arg(sep_obj);
  if (sep.empty()) raise(exc_types().ValueError, "empty separator");
  std::string_view d = Layout<K>::data(self);
  size_t p = Reverse ? d.rfind(sep) : d.find(sep);
  Value empty1 = Layout<K>::make({});
  Value empty2 = Layout<K>::make({});
  if (p == std::string_view::npos) {
    Value whole = K == Kind::Bytes ? self : Layout<K>::make(std::string(d));
    return make_obj(Reverse ? new_tuple({empty1, empty2, whole}) : new_tuple({whole, empty1, empty2}));
  }
  Value mid = K == Kind::Bytes ? sep_obj : Layout<K>::make(sep);
  return make_obj(new_tuple({Layout<K>::make(std::string(d.substr(0, p))), mid,
                             Layout<K>::make(std::string(d.substr(p + sep.size())))}));
}

// ------------------------------------------------------ replace and join

std::string replace_bytes(std::string_view d, std::string_view from, std::string_view to, int64_t count) {
  if (count < 0) count = INT64_MAX;
  std::string out;
  if (from.empty()) {
    // `to` before every byte and at the end, count times at most.
    int64_t n = 0;
    for (size_t i = 0; i <= d.size(); ++i) {
      if (n < count) {
        out.append(to);
        ++n;
      }
      if (i < d.size()) out += d[i];
    }
    return out;
  }
  size_t i = 0;
  for (int64_t n = 0; n < count; ++n) {
    size_t p = d.find(from, i);
    if (p == std::string_view::npos) break;
    out.append(d.substr(i, p - i));
    out.append(to);
    i = p + from.size();
  }
  out.append(d.substr(i));
  return out;
}

template <Kind K>
Value m_replace(Args& a) {
  Value self = a.v[0];
  std::string from = buffer_arg(a.v[1]);
  std::string to = buffer_arg(a.v[2]);
  int64_t count = a.n > 3 ? as_ssize(a.v[3]) : -1;
  std::string_view d = Layout<K>::data(self);
  // Nothing to do: an exact bytes is its own result.
  if (count == 0 || (!from.empty() && d.find(from) == std::string_view::npos) || (from.empty() && to.empty()))
    return unchanged<K>(self);
  if (!from.empty() && !to.empty()) {
    // The result's size bounds what must be allocated.
    int64_t hits = count_in(d, from, 0, INT64_MAX);
    if (count >= 0 && hits > count) hits = count;
    int64_t growth = static_cast<int64_t>(to.size()) - static_cast<int64_t>(from.size());
    if (growth > 0) checked_add(static_cast<int64_t>(d.size()), checked_mul(hits, growth, "replace bytes is too long"),
                                "replace bytes is too long");
  }
  return Layout<K>::make(replace_bytes(d, from, to, count));
}

template <Kind K, bool Suffix>
Value m_removeaffix(Args& a) {
  Value self = a.v[0];
  std::string affix = buffer_arg(a.v[1]);
  std::string_view d = Layout<K>::data(self);
  bool has = affix.size() <= d.size() && !affix.empty() &&
             d.compare(Suffix ? d.size() - affix.size() : 0, affix.size(), affix) == 0;
  if (!has) return unchanged<K>(self);
  return Layout<K>::make(std::string(Suffix ? d.substr(0, d.size() - affix.size()) : d.substr(affix.size())));
}

template <Kind K>
Value m_join(Args& a) {
  Value self = a.v[0];
  RootedVector items;
  Value it;
  try {
    it = get_iter(a.v[1]);
  } catch (PyError& e) {
    if (!exception_matches(e.exc, make_obj(exc_types().TypeError))) throw;
    raise(exc_types().TypeError, "can only join an iterable");
  }
  Rooted rit(it);
  for (;;) {
    Value x = iter_next(rit.get());
    if (x.is_undef()) break;
    items.push_back(x);
  }
  for (size_t i = 0; i < items.size(); ++i)
    if (!is_bytes_like(items[i]))
      raisef(exc_types().TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
             type_name(items[i]).c_str());
  std::string_view sep = Layout<K>::data(self);
  std::string out;
  std::string scratch;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out.append(sep);
    scratch.clear();
    std::string_view piece = need_buffer(items[i], &scratch);
    check_allocation(out.size() + piece.size());
    out.append(piece);
  }
  return Layout<K>::make(std::move(out));
}

// ------------------------------------------------------ translate, decode

template <Kind K>
Value m_translate(Args& a) {
  Value v[2];
  Value self = a.v[0];
  if (a.n < 2)
    raisef(exc_types().TypeError, "translate() takes at least 1 positional argument (%d given)", a.n - 1);
  bind_keyword_args(a, "translate", {"table", "delete"}, v, 1);
  std::string table;
  if (!v[0].is_none()) {
    table = buffer_arg(v[0]);
    if (table.size() != 256) raise(exc_types().ValueError, "translation table must be 256 characters long");
  }
  std::string del = v[1].is_undef() ? std::string() : buffer_arg(v[1]);
  bool drop[256] = {};
  for (unsigned char c : del) drop[c] = true;
  std::string_view d = Layout<K>::data(self);
  std::string out;
  out.reserve(d.size());
  for (unsigned char c : d)
    if (!drop[c]) out += table.empty() ? static_cast<char>(c) : table[c];
  if (out == d) return unchanged<K>(self);
  return Layout<K>::make(std::move(out));
}

template <Kind K>
Value m_maketrans(Args& a) {
  no_keywords<K>(a, "maketrans");
  check_arg_count("maketrans", a.n, 2, 2);
  std::string from = buffer_arg(a.v[0]);
  std::string to = buffer_arg(a.v[1]);
  if (from.size() != to.size()) raise(exc_types().ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[static_cast<size_t>(i)] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return bytes_value(std::move(table));
}

template <Kind K>
Value m_decode(Args& a) {
  Value v[2];
  Value self = a.v[0];
  bind_keyword_args(a, "decode", {"encoding", "errors"}, v);
  for (int i = 0; i < 2; ++i)
    if (!v[i].is_undef() && !is_str(v[i]))
      raisef(exc_types().TypeError, "decode() argument '%s' must be str, not %s", i == 0 ? "encoding" : "errors",
             type_name(v[i]).c_str());
  return decode_bytes(Layout<K>::data(self), v[0].is_undef() ? "utf-8" : as_str(v[0])->s,
                      v[1].is_undef() ? "strict" : as_str(v[1])->s);
}

// ---------------------------------------------------------------- hex

template <Kind K>
Value m_hex(Args& a) {
  Value v[2];
  Value self = a.v[0];
  bind_keyword_args(a, "hex", {"sep", "bytes_per_sep"}, v);
  HexSep sep = hex_sep(v[0], v[1]);
  return str_value(bytes_hex(Layout<K>::data(self), sep));
}

int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// bytes.fromhex(string): pairs of hex digits, ASCII whitespace between
// pairs. On a subclass the result goes through the class: cls(result).
template <Kind K>
Value m_fromhex(Args& a) {
  // A classmethod: a.v[0] is the class.
  if (a.nkw()) raisef(exc_types().TypeError, "%s.fromhex() takes no keyword arguments", Layout<K>::name);
  if (a.n != 2)
    raisef(exc_types().TypeError, "%s.fromhex() takes exactly one argument (%d given)", Layout<K>::name, a.n - 1);
  Value s = a.v[1];
  if (!is_str(s)) raisef(exc_types().TypeError, "fromhex() argument must be str, not %s", type_name(s).c_str());
  Str* str = as_str(s);
  auto bad = [](int64_t pos) {
    raisef(exc_types().ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
           static_cast<long long>(pos));
  };
  if (!str->ascii) {
    // CPython names the first non-ASCII character, wherever other errors are.
    int64_t idx = 0;
    for (size_t pos = 0; pos < str->s.size(); ++idx)
      if (utf8_decode(str->s, pos) >= 0x80) bad(idx);
  }
  const std::string& t = str->s;
  std::string out;
  out.reserve(t.size() / 2);
  size_t i = 0, n = t.size();
  while (i < n) {
    if (is_space(t[i])) {
      while (i < n && is_space(t[i])) ++i;
      if (i >= n) break;
    }
    int hi = hex_digit(t[i]);
    if (hi < 0) bad(static_cast<int64_t>(i));
    int lo = i + 1 < n ? hex_digit(t[i + 1]) : -1;
    if (lo < 0) bad(static_cast<int64_t>(i + 1));
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  Value result = Layout<K>::make(std::move(out));
  Value cls = a.v[0];
  if (kind_is(cls, Kind::Type) && as<TypeObject>(cls) != (K == Kind::Bytes ? types().bytes : types().bytearray)) {
    Rooted keep(result);
    return call1(cls, result);
  }
  return result;
}

template <Kind K>
const MethodDef kMethods[] = {
    {"find", m_search<K, Search::Find>},
    {"rfind", m_search<K, Search::RFind>},
    {"index", m_search<K, Search::Index>},
    {"rindex", m_search<K, Search::RIndex>},
    {"count", m_search<K, Search::Count>},
    {"startswith", m_startswith<K, false>},
    {"endswith", m_startswith<K, true>},
    {"isalnum", m_is<K, 0>, ArgSpec::NoArgs},
    {"isalpha", m_is<K, 1>, ArgSpec::NoArgs},
    {"isascii", m_is<K, 2>, ArgSpec::NoArgs},
    {"isdigit", m_is<K, 3>, ArgSpec::NoArgs},
    {"islower", m_is<K, 4>, ArgSpec::NoArgs},
    {"isspace", m_is<K, 5>, ArgSpec::NoArgs},
    {"istitle", m_is<K, 6>, ArgSpec::NoArgs},
    {"isupper", m_is<K, 7>, ArgSpec::NoArgs},
    {"lower", m_case<K, 0>, ArgSpec::NoArgs},
    {"upper", m_case<K, 1>, ArgSpec::NoArgs},
    {"swapcase", m_case<K, 2>, ArgSpec::NoArgs},
    {"capitalize", m_case<K, 3>, ArgSpec::NoArgs},
    {"title", m_case<K, 4>, ArgSpec::NoArgs},
    {"center", m_pad<K, 0>, ArgSpec::Range, 1, 2},
    {"ljust", m_pad<K, 1>, ArgSpec::Range, 1, 2},
    {"rjust", m_pad<K, 2>, ArgSpec::Range, 1, 2},
    {"zfill", m_zfill<K>, ArgSpec::One},
    {"expandtabs", m_expandtabs<K>},
    {"strip", m_strip<K, 0>, ArgSpec::Range, 0, 1},
    {"lstrip", m_strip<K, 1>, ArgSpec::Range, 0, 1},
    {"rstrip", m_strip<K, 2>, ArgSpec::Range, 0, 1},
    {"split", m_split<K, false>},
    {"rsplit", m_split<K, true>},
    {"splitlines", m_splitlines<K>},
    {"partition", m_partition<K, false>, ArgSpec::One},
    {"rpartition", m_partition<K, true>, ArgSpec::One},
    {"replace", m_replace<K>, ArgSpec::Range, 2, 3},
    {"removeprefix", m_removeaffix<K, false>, ArgSpec::One},
    {"removesuffix", m_removeaffix<K, true>, ArgSpec::One},
    {"join", m_join<K>, ArgSpec::One},
    {"translate", m_translate<K>},
    {"decode", m_decode<K>},
    {"hex", m_hex<K>},
};

template <Kind K>
void add_all(TypeObject* t) {
  add_methods(t, kMethods<K>);
  add_classmethod(t, "fromhex", m_fromhex<K>);
  NativeFunction* mt = new_native("maketrans", m_maketrans<K>);
  mt->qualname = intern(t->name->s + ".maketrans");
  t->dict->set_str(intern("maketrans"), make_obj(heap().make<StaticMethod>(make_obj(mt))));
}

}  // namespace

void add_bytes_methods(TypeObject* t, Kind k) {
  if (k == Kind::Bytes) add_all<Kind::Bytes>(t);
  else add_all<Kind::ByteArray>(t);
}

HexSep hex_sep(Value sep, Value bytes_per_sep) {
  HexSep out;
  if (!sep.is_undef()) {
    if (length(sep) != 1) raise(exc_types().ValueError, "sep must be length 1.");
    uint32_t c;
    if (is_str(sep)) {
      size_t pos = 0;
      c = utf8_decode(as_str(sep)->s, pos);
    } else if (kind_is(sep, Kind::Bytes)) {
      c = static_cast<unsigned char>(as<Bytes>(sep)->data[0]);
    } else {
      raise(exc_types().TypeError, "sep must be str or bytes.");
    }
    if (c > 127) raise(exc_types().ValueError, "sep must be ASCII.");
    out.sep = static_cast<char>(c);
  }
  out.group = bytes_per_sep.is_undef() ? 1 : as_c_int(bytes_per_sep);
  return out;
}

std::string bytes_hex(std::string_view data, HexSep sep) {
  char sep_char = sep.sep;
  int group = sep.group;
  static const char digits[] = "0123456789abcdef";
  size_t n = data.size();
  bool grouped = sep_char && group != 0 && n > 0;
  // Groups count from the end for a positive bytes_per_sep, from the start
  // for a negative one.
  size_t per = grouped ? static_cast<size_t>(group < 0 ? -static_cast<int64_t>(group) : group) : 0;
  if (grouped && per >= n) grouped = false;
  std::string out;
  check_allocation(n * 3);
  out.reserve(n * 3);
  for (size_t i = 0; i < n; ++i) {
    if (grouped && i > 0) {
      bool boundary = group > 0 ? (n - i) % per == 0 : i % per == 0;
      if (boundary) out += sep_char;
    }
    unsigned char c = data[i];
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

std::string bytes_percent(std::string_view data, Value args) {
  // A bytearray format may change while its arguments are formatted.
  std::string fmt(data);
  return percent_format(fmt, args, true);
}

int bytes_contains(const std::string& data, Value item) {
  Value i = index_or_undef(item);
  if (i.is_undef()) {
    std::string sub = buffer_arg(item);
    return data.find(sub) != std::string_view::npos;
  }
  int64_t x = index_ssize(i, nullptr);
  if (x < 0 || x > 255) raise(exc_types().ValueError, "byte must be in range(0, 256)");
  return data.find(static_cast<char>(x)) != std::string_view::npos;
}

Value compare_bytes(std::string_view a, std::string_view b, int op) {
  int c = a.compare(b);
  switch (op) {
    case kCmpEq: return make_bool(c == 0);
    case kCmpNe: return make_bool(c != 0);
    case kCmpLt: return make_bool(c < 0);
    case kCmpLe: return make_bool(c <= 0);
    case kCmpGt: return make_bool(c > 0);
    default: return make_bool(c >= 0);
  }
}

}  // namespace coil::rt
