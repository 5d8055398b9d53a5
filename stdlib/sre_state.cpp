// The subject of a match: how _sre reads a str or a bytes-like object, and
// how it cuts pieces out of it (CPython's getstring, state_init, getslice).
#include <sys/mman.h>

#include <algorithm>
#include <cstring>

#include "runtime/checked.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/objects/bytes.h"
#include "runtime/str.h"
#include "stdlib/sre.h"

namespace coil::rt::sre {

// Doubling, never past what coil allocates on a script's behalf
// (check_allocation: under the sanitizers a refused allocation is fatal).
template <class T>
void Stack<T>::grow(size_t n) {
  constexpr size_t kMapped = size_t(1) << 20;
  size_t cap = std::max(cap_ * 2, size_t{64});
  while (cap - size_ < n) cap *= 2;
  size_t bytes = cap * sizeof(T);
  check_allocation(bytes);
  if (bytes < kMapped) {
    T* data = static_cast<T*>(std::realloc(data_, bytes));
    if (!data) raise(exc_types().MemoryError, "");
    data_ = data;
  } else if (mapped_) {
    void* data = mremap(data_, cap_ * sizeof(T), bytes, MREMAP_MAYMOVE);
    if (data == MAP_FAILED) raise(exc_types().MemoryError, "");
    data_ = static_cast<T*>(data);
  } else {
    void* data = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (data == MAP_FAILED) raise(exc_types().MemoryError, "");
    if (size_) std::memcpy(data, data_, size_ * sizeof(T));
    std::free(data_);
    data_ = static_cast<T*>(data);
    mapped_ = true;
  }
  cap_ = cap;
}

template <class T>
void Stack<T>::release() {
  if (mapped_)
    munmap(data_, cap_ * sizeof(T));
  else
    std::free(data_);
}

template class Stack<Repeat>;
template class Stack<Context>;
template class Stack<int64_t>;

void State::reset() {
  lastmark = lastindex = -1;
  repeat = -1;
  repeats.clear();
  contexts.clear();
  saved.clear();
}

void state_init(State& st, const PatternObject* p, Value string, int64_t pos, int64_t endpos) {
  st.string = string;
  if (kind_is(string, Kind::Str)) {
    const Str* s = as_str(string);
    st.isbytes = false;
    st.length = s->length;
    if (s->ascii) {
      st.narrow = reinterpret_cast<const uint8_t*>(s->s.data());
    } else {
      auto text = std::make_shared<std::u32string>();
      text->reserve(static_cast<size_t>(s->length));
      for (size_t i = 0; i < s->s.size();) text->push_back(utf8_decode(s->s, i));
      st.wide = std::move(text);
      // Matches share the decoded text: count it toward the next collection.
      heap().note_alloc(static_cast<size_t>(s->length) * sizeof(char32_t));
    }
  } else {
    std::string_view view;
    std::string scratch;
    if (!get_buffer(string, &view, &scratch))
      raisef(exc_types().TypeError, "expected string or bytes-like object, got '%s'", type_name(string).c_str());
    st.isbytes = true;
    st.length = static_cast<int64_t>(view.size());
    if (kind_is(string, Kind::Bytes)) {
      st.narrow = reinterpret_cast<const uint8_t*>(view.data());  // bytes never change
    } else {
      st.copy.assign(view.data(), view.size());
      st.narrow = reinterpret_cast<const uint8_t*>(st.copy.data());
    }
  }
  if (st.isbytes && p->isbytes == 0)
    raise(exc_types().TypeError, "cannot use a string pattern on a bytes-like object");
  if (!st.isbytes && p->isbytes > 0)
    raise(exc_types().TypeError, "cannot use a bytes pattern on a string-like object");

  pos = pos < 0 ? 0 : pos > st.length ? st.length : pos;
  endpos = endpos < 0 ? 0 : endpos > st.length ? st.length : endpos;
  st.pos = st.start = st.ptr = pos;
  st.endpos = st.end = endpos;
  st.match_all = st.must_advance = false;
  st.mark.assign(static_cast<size_t>(2 * p->groups + 2), -1);
  st.reset();
}

namespace {

// A new str of code points [i, j) of `text`.
Value str_from_codepoints(const std::u32string& text, int64_t i, int64_t j) {
  std::string out;
  out.reserve(static_cast<size_t>(j - i));
  bool ascii = true;
  for (int64_t k = i; k < j; ++k) {
    uint32_t c = text[static_cast<size_t>(k)];
    if (c >= 0x80) ascii = false;
    utf8_append(out, c);
  }
  return make_obj(new_str_known(std::move(out), j - i, ascii));
}

}  // namespace

Value slice_subject(Value string, bool isbytes, const uint8_t* narrow, const std::u32string* wide, int64_t length,
                    int64_t i, int64_t j) {
  if (isbytes) {
    if (is_exact(string, Kind::Bytes) && i == 0 && j == length) return string;
    return bytes_value(std::string(reinterpret_cast<const char*>(narrow) + i, static_cast<size_t>(j - i)));
  }
  if (is_exact(string, Kind::Str) && i == 0 && j == length) return string;
  if (wide) return str_from_codepoints(*wide, i, j);
  return make_obj(new_str_known(std::string(reinterpret_cast<const char*>(narrow) + i, static_cast<size_t>(j - i)),
                                j - i, true));
}

Value state_slice(const State& st, int64_t i, int64_t j) {
  return slice_subject(st.string, st.isbytes, st.narrow, st.wide.get(), st.length, i, j);
}

Value state_group(const State& st, int64_t index, bool empty) {
  size_t m = static_cast<size_t>(index - 1) * 2;
  int64_t i = 0, j = 0;
  if (static_cast<int64_t>(m) >= st.lastmark || st.mark[m] < 0 || st.mark[m + 1] < 0) {
    if (!empty) return make_none();
  } else {
    i = st.mark[m];
    j = st.mark[m + 1];
    if (i > j)
      raise(exc_types().SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
  }
  return state_slice(st, i, j);
}

Value join_pieces(const std::vector<Value>& pieces, bool isbytes) {
  if (!isbytes) {
    if (pieces.size() == 1 && is_exact(pieces[0], Kind::Str)) return pieces[0];
    std::string out;
    int64_t length = 0;
    bool ascii = true;
    for (size_t k = 0; k < pieces.size(); ++k) {
      Value v = pieces[k];
      if (!kind_is(v, Kind::Str))
        raisef(exc_types().TypeError, "sequence item %zu: expected str instance, %s found", k, type_name(v).c_str());
      const Str* s = as_str(v);
      out += s->s;
      length += s->length;
      ascii = ascii && s->ascii;
    }
    return make_obj(new_str_known(std::move(out), length, ascii));
  }
  if (pieces.size() == 1 && is_exact(pieces[0], Kind::Bytes)) return pieces[0];
  std::string out;
  for (size_t k = 0; k < pieces.size(); ++k) {
    std::string_view view;
    std::string scratch;
    if (!get_buffer(pieces[k], &view, &scratch))
      raisef(exc_types().TypeError, "sequence item %zu: expected a bytes-like object, %s found", k,
             type_name(pieces[k]).c_str());
    out.append(view.data(), view.size());
  }
  return bytes_value(std::move(out));
}

}  // namespace coil::rt::sre
