#include "stdlib/io/stringio.h"

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/objects/descriptor.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt::io {

std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  size_t pos = 0;
  while (pos < utf8.size()) out += static_cast<char32_t>(utf8_decode(utf8, pos));
  return out;
}

std::string from_u32(const char32_t* s, size_t n) {
  std::string out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) utf8_append(out, s[i]);
  return out;
}

namespace {

StringIO* self_sio(Args& a) { return static_cast<StringIO*>(a.v[0].o); }

void check_initialized(StringIO* s) {
  if (!s->ok) raise(exc_types().ValueError, "I/O operation on uninitialized object");
}

void check_open(StringIO* s) {
  check_initialized(s);
  if (s->closed) raise(exc_types().ValueError, "I/O operation on closed file");
}

int64_t size_of(StringIO* s) { return static_cast<int64_t>(s->buf.size()); }

Value text_value(const char32_t* s, size_t n) {
  bool ascii = true;
  for (size_t i = 0; i < n && ascii; ++i) ascii = s[i] < 0x80;
  if (ascii) return make_obj(new_str_known(std::string(s, s + n), static_cast<int64_t>(n), true));
  return make_obj(new_str_known(from_u32(s, n), static_cast<int64_t>(n), false));
}

// Writes the str `text` at pos: newlines translated as configured, an
// overseek padded with '\0'.
void write_str(StringIO* s, Str* text) {
  std::string utf8 = text->s;
  if (s->has_decoder) utf8 = s->decoder.decode(std::move(utf8), true);
  std::u32string decoded = to_u32(utf8);
  if (!s->writenl.empty()) {
    std::u32string translated;
    for (char32_t c : decoded) {
      if (c == U'\n') translated += s->writenl;
      else translated += c;
    }
    decoded.swap(translated);
  }
  int64_t len = static_cast<int64_t>(decoded.size());
  int64_t end = checked_add(s->pos, len, "new position too large");
  if (end > size_of(s)) {
    check_allocation(static_cast<size_t>(end) * sizeof(char32_t));
    size_t before = s->buf.capacity();
    s->buf.resize(static_cast<size_t>(end), U'\0');
    if (s->buf.capacity() > before) heap().note_alloc((s->buf.capacity() - before) * sizeof(char32_t));
  }
  s->buf.replace(static_cast<size_t>(s->pos), decoded.size(), decoded);
  s->pos = end;
}

Value readline(StringIO* s, int64_t limit) {
  if (s->pos >= size_of(s)) return make_obj(new_str_known("", 0, true));
  const char32_t* start = s->buf.data() + s->pos;
  int64_t avail = size_of(s) - s->pos;
  if (limit < 0 || limit > avail) limit = avail;
  int64_t consumed = 0;
  int64_t len = find_line_ending<char32_t>(s->readtranslate, s->readuniversal, s->readnl.data(), s->readnl.size(),
                                           start, start + limit, &consumed);
  if (len < 0) len = limit;
  s->pos += len;
  return text_value(start, static_cast<size_t>(len));
}

// ------------------------------------------------------------ __init__

void init_state(StringIO* s, Value value, Value newline_obj) {
  std::string newline = "\n";
  bool newline_none = false;
  if (newline_obj.is_none()) {
    newline_none = true;
  } else if (!newline_obj.is_undef()) {
    if (!is_str(newline_obj))
      raise(exc_types().TypeError, "newline must be str or None, not " + type_name(newline_obj));
    newline = as_str(newline_obj)->s;
  }
  if (!newline_none && !newline.empty() && newline != "\n" && newline != "\r" && newline != "\r\n")
    raise(exc_types().ValueError, "illegal newline value: " + repr(newline_obj));
  if (!value.is_undef() && !value.is_none() && !is_str(value))
    raise(exc_types().TypeError, "initial_value must be str or None, not " + type_name(value));
  s->ok = false;
  s->has_readnl = !newline_none;
  s->readnl = newline_none ? std::u32string() : to_u32(newline);
  s->readuniversal = newline_none || newline.empty();
  s->readtranslate = newline_none;
  s->writenl = !newline_none && !newline.empty() && newline[0] == '\r' ? s->readnl : std::u32string();
  s->has_decoder = s->readuniversal;
  s->decoder = NewlineDecoder();
  s->decoder.translate = s->readtranslate;
  s->buf.clear();
  s->pos = 0;
  if (!value.is_undef() && !value.is_none() && as_str(value)->length > 0) write_str(s, as_str(value));
  s->pos = 0;
  s->closed = false;
  s->ok = true;
}

Value sio_init(Args& a) {
  Value v[2];
  bind_keyword_args(a, "StringIO", {"initial_value", "newline"}, v);
  init_state(self_sio(a), v[0], v[1]);
  return make_none();
}

Value make_stringio(TypeObject* t) { return make_obj(heap().make<StringIO>(t)); }

Value sio_ctor(Args& a) { return construct(io_types().StringIO, a, sio_init); }

// ------------------------------------------------------------ methods

Value sio_getvalue(Args& a) {
  StringIO* s = self_sio(a);
  check_open(s);
  return text_value(s->buf.data(), s->buf.size());
}

Value sio_tell(Args& a) {
  StringIO* s = self_sio(a);
  check_open(s);
  return make_int(s->pos);
}

Value sio_read(Args& a) {
  StringIO* s = self_sio(a);
  int64_t size = optional_size(a.n > 1 ? a.v[1] : Value());
  check_open(s);
  int64_t n = size_of(s) - s->pos;
  if (size < 0 || size > n) size = n < 0 ? 0 : n;
  if (size == 0) return make_obj(new_str_known("", 0, true));
  Value r = text_value(s->buf.data() + s->pos, static_cast<size_t>(size));
  s->pos += size;
  return r;
}

Value sio_readline(Args& a) {
  StringIO* s = self_sio(a);
  int64_t size = optional_size(a.n > 1 ? a.v[1] : Value());
  check_open(s);
  return readline(s, size);
}

Value sio_truncate(Args& a) {
  StringIO* s = self_sio(a);
  int64_t size = optional_size(a.n > 1 ? a.v[1] : Value(), s->pos);
  check_open(s);
  if (size < 0) raisef(exc_types().ValueError, "Negative size value %lld", static_cast<long long>(size));
  if (size < size_of(s)) s->buf.resize(static_cast<size_t>(size));
  return make_int(size);
}

Value sio_seek(Args& a) {
  StringIO* s = self_sio(a);
  int64_t pos = as_ssize(a.v[1]);
  int whence = a.n > 2 ? as_c_int(a.v[2]) : 0;
  check_open(s);
  if (whence != 0 && whence != 1 && whence != 2)
    raisef(exc_types().ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence);
  if (pos < 0 && whence == 0)
    raisef(exc_types().ValueError, "Negative seek position %lld", static_cast<long long>(pos));
  if (whence != 0 && pos != 0) raise(exc_types().OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 1) pos = s->pos;
  else if (whence == 2) pos = size_of(s);
  s->pos = pos;
  return make_int(pos);
}

Value sio_write(Args& a) {
  StringIO* s = self_sio(a);
  check_initialized(s);
  Value obj = a.v[1];
  if (!is_str(obj)) raise(exc_types().TypeError, "string argument expected, got '" + type_name(obj) + "'");
  check_open(s);
  int64_t size = as_str(obj)->length;
  if (size > 0) write_str(s, as_str(obj));
  return make_int(size);
}

Value sio_true_if_open(Args& a) {
  check_open(self_sio(a));
  return make_bool(true);
}

Value sio_close(Args& a) {
  StringIO* s = self_sio(a);
  s->closed = true;
  std::u32string().swap(s->buf);
  return make_none();
}

Value sio_getstate(Args& a) {
  StringIO* s = self_sio(a);
  check_open(s);
  Rooted value(text_value(s->buf.data(), s->buf.size()));
  Rooted readnl(s->has_readnl ? text_value(s->readnl.data(), s->readnl.size()) : make_none());
  Value dict = make_none();
  Dict* own = s->has_side_attrs ? instance_attrs(a.v[0])->dict : s->dict;
  if (own) {
    Dict* copy = new_dict();
    for (const DictEntry& e : own->entries)
      if (!e.key.is_undef()) copy->set(e.key, e.value);
    dict = make_obj(copy);
  }
  Rooted keep(dict);
  return make_obj(new_tuple({value.get(), readnl.get(), make_int(s->pos), dict}));
}

Value sio_setstate(Args& a) {
  StringIO* s = self_sio(a);
  Value state = a.v[1];
  if (s->closed) raise(exc_types().ValueError, "I/O operation on closed file");
  if (!kind_is(state, Kind::Tuple) || as<Tuple>(state)->size() < 4)
    raise(exc_types().TypeError,
          type_name(a.v[0]) + ".__setstate__ argument should be 4-tuple, got " + type_name(state));
  Tuple* t = as<Tuple>(state);
  init_state(s, Value(), t->items[1]);
  Value item = t->items[0];
  if (is_str(item)) s->buf = to_u32(as_str(item)->s);
  else s->buf.clear();
  Value pos = t->items[2];
  if (!pos.is_int() && !kind_is(pos, Kind::BigInt))
    raise(exc_types().TypeError, "third item of state must be an integer, got " + type_name(pos));
  int64_t p = as_ssize(pos);
  if (p < 0) raise(exc_types().ValueError, "position value cannot be negative");
  s->pos = p;
  Value dict = t->items[3];
  if (!dict.is_none()) {
    if (!kind_is(dict, Kind::Dict))
      raise(exc_types().TypeError, "fourth item of state should be a dict, got a " + type_name(dict));
    for (const DictEntry& e : as<Dict>(dict)->entries)
      if (!e.key.is_undef() && is_str(e.key)) setattr(a.v[0], as_str(e.key), e.value);
  }
  return make_none();
}

Value sio_closed_get(Value self) {
  StringIO* s = static_cast<StringIO*>(self.o);
  check_initialized(s);
  return make_bool(s->closed);
}

Value sio_line_buffering_get(Value self) {
  check_open(static_cast<StringIO*>(self.o));
  return make_bool(false);
}

Value sio_newlines_get(Value self) {
  StringIO* s = static_cast<StringIO*>(self.o);
  check_open(s);
  if (!s->has_decoder) return make_none();
  return s->decoder.newlines();
}

Value sio_iternext_slot(Value self) {
  StringIO* s = static_cast<StringIO*>(self.o);
  check_open(s);
  Value line;
  if (self.o->type == io_types().StringIO) {
    line = readline(s, -1);
  } else {
    line = call_method0(self, "readline");
    if (!is_str(line))
      raise(exc_types().OSError, "readline() should have returned a str object, not '" + type_name(line) + "'");
  }
  if (as_str(line)->length == 0) return Value();
  return line;
}

const MethodDef kStringIOMethods[] = {
    {"__init__", sio_init, ArgSpec::Any},
    {"close", sio_close, ArgSpec::NoArgs},
    {"getvalue", sio_getvalue, ArgSpec::NoArgs},
    {"read", sio_read, ArgSpec::Range, 0, 1},
    {"readline", sio_readline, ArgSpec::Range, 0, 1},
    {"tell", sio_tell, ArgSpec::NoArgs},
    {"truncate", sio_truncate, ArgSpec::Range, 0, 1},
    {"seek", sio_seek, ArgSpec::Range, 1, 2},
    {"write", sio_write, ArgSpec::One},
    {"seekable", sio_true_if_open, ArgSpec::NoArgs},
    {"readable", sio_true_if_open, ArgSpec::NoArgs},
    {"writable", sio_true_if_open, ArgSpec::NoArgs},
    {"__getstate__", sio_getstate, ArgSpec::NoArgs},
    {"__setstate__", sio_setstate, ArgSpec::One},
};

const GetSetDef kStringIOGetSets[] = {
    {"closed", sio_closed_get},
    {"newlines", sio_newlines_get},
    {"line_buffering", sio_line_buffering_get},
};

}  // namespace

void init_stringio_type() {
  IoTypes& io = io_types();
  io.StringIO = new_io_type("StringIO", io.TextIOBase, Kind::Native);
  io.StringIO->ctor = sio_ctor;
  io.StringIO->slots.iternext = sio_iternext_slot;
  add_io_new(io.StringIO, make_stringio);
  add_slot_methods(io.StringIO);
  add_methods(io.StringIO, kStringIOMethods);
  add_getsets(io.StringIO, kStringIOGetSets);
}

}  // namespace coil::rt::io
