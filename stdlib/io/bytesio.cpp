#include "stdlib/io/bytesio.h"

#include <cstring>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/descriptor.h"
#include "runtime/objects/memoryview.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt::io {

BytesIO::BytesIO(TypeObject* t) : IOObject(t), buf(new_bytearray()) {}

void BytesIO::trace(Tracer& t) {
  IOObject::trace(t);
  t.mark(buf);
}

namespace {

BytesIO* self_bio(Args& a) { return static_cast<BytesIO*>(a.v[0].o); }

void check_closed(BytesIO* b) {
  if (!b->buf) raise_closed();
}

// BufferError while a memoryview from getbuffer() is held.
void check_exports(BytesIO* b) {
  if (b->buf && b->buf->exports > 0) check_resizable(b->buf, b->buf->data.size() + 1);
}

int64_t size_of(BytesIO* b) { return static_cast<int64_t>(b->buf->data.size()); }

// The length of the line from pos (at most `limit` bytes when limit >= 0).
int64_t scan_eol(BytesIO* b, int64_t limit) {
  int64_t size = size_of(b);
  if (b->pos >= size) return 0;
  int64_t maxlen = size - b->pos;
  int64_t len = limit < 0 || limit > maxlen ? maxlen : limit;
  if (len) {
    const char* start = b->buf->data.data() + b->pos;
    const void* nl = std::memchr(start, '\n', static_cast<size_t>(len));
    if (nl) len = static_cast<const char*>(nl) - start + 1;
  }
  return len;
}

Value read_bytes(BytesIO* b, int64_t size) {
  std::string out = size > 0 ? b->buf->data.substr(static_cast<size_t>(b->pos), static_cast<size_t>(size)) : "";
  b->pos += size;
  return bytes_value(std::move(out));
}

int64_t write_bytes(BytesIO* b, Value data) {
  std::string scratch;
  std::string_view in = need_buffer(data, &scratch);
  check_closed(b);
  check_exports(b);
  int64_t len = static_cast<int64_t>(in.size());
  if (len == 0) return 0;
  std::string& d = b->buf->data;
  int64_t endpos = checked_add(b->pos, len, "new position too large");
  if (endpos > static_cast<int64_t>(d.size())) {
    check_allocation(static_cast<size_t>(endpos));
    size_t before = d.capacity();
    d.resize(static_cast<size_t>(endpos), '\0');  // pads an overseek with zeros
    if (d.capacity() > before) heap().note_alloc(d.capacity() - before);
  }
  std::memcpy(d.data() + b->pos, in.data(), in.size());
  b->pos = endpos;
  return len;
}

// ------------------------------------------------------------ methods

Value bio_init(Args& a) {
  Value v[1];
  bind_keyword_args(a, "BytesIO", {"initial_bytes"}, v);
  BytesIO* b = self_bio(a);
  if (b->buf && b->buf->exports > 0) check_resizable(b->buf, b->buf->data.size() + 1);
  b->pos = 0;
  b->buf = new_bytearray();
  if (!v[0].is_undef() && !v[0].is_none()) {
    write_bytes(b, v[0]);
    b->pos = 0;
  }
  return make_none();
}

Value make_bytesio(TypeObject* t) { return make_obj(heap().make<BytesIO>(t)); }

Value bio_ctor(Args& a) { return construct(io_types().BytesIO, a, bio_init); }

Value bio_true_if_open(Args& a) {
  check_closed(self_bio(a));
  return make_bool(true);
}

Value bio_flush(Args& a) {
  check_closed(self_bio(a));
  return make_none();
}

Value bio_isatty(Args& a) {
  check_closed(self_bio(a));
  return make_bool(false);
}

Value bio_getbuffer(Args& a) {
  BytesIO* b = self_bio(a);
  check_closed(b);
  return make_obj(new_memoryview(make_obj(b->buf)));
}

Value bio_getvalue(Args& a) {
  BytesIO* b = self_bio(a);
  check_closed(b);
  return bytes_value(b->buf->data);
}

Value bio_tell(Args& a) {
  BytesIO* b = self_bio(a);
  check_closed(b);
  return make_int(b->pos);
}

Value bio_read(Args& a) {
  BytesIO* b = self_bio(a);
  int64_t size = optional_size(a.n > 1 ? a.v[1] : Value());
  check_closed(b);
  int64_t n = size_of(b) - b->pos;
  if (size < 0 || size > n) size = n < 0 ? 0 : n;
  return read_bytes(b, size);
}

Value bio_readline(Args& a) {
  BytesIO* b = self_bio(a);
  int64_t size = optional_size(a.n > 1 ? a.v[1] : Value());
  check_closed(b);
  return read_bytes(b, scan_eol(b, size));
}

Value bio_readlines(Args& a) {
  BytesIO* b = self_bio(a);
  Value arg = a.n > 1 ? a.v[1] : make_none();
  int64_t maxsize = -1;
  if (arg.is_int() || arg.is_bool() || kind_is(arg, Kind::BigInt)) maxsize = as_ssize(arg);
  else if (!arg.is_none())
    raise(exc_types().TypeError, "integer argument expected, got '" + type_name(arg) + "'");
  check_closed(b);
  Rooted result(make_obj(new_list()));
  int64_t size = 0, n;
  while ((n = scan_eol(b, -1)) != 0) {
    as<List>(result.get())->items.push_back(read_bytes(b, n));
    size += n;
    if (maxsize > 0 && size >= maxsize) break;
  }
  return result.get();
}

Value bio_readinto(Args& a) {
  BytesIO* b = self_bio(a);
  WritableBuffer wb = writable_buffer(a.v[1], "readinto");
  check_closed(b);
  int64_t len = wb.length, n = size_of(b) - b->pos;
  if (len > n) len = n < 0 ? 0 : n;
  if (len > 0) wb.fill(std::string_view(b->buf->data.data() + b->pos, static_cast<size_t>(len)));
  b->pos += len;
  return make_int(len);
}

Value bio_truncate(Args& a) {
  BytesIO* b = self_bio(a);
  Value arg = a.n > 1 ? a.v[1] : Value();
  int64_t size = optional_size(arg, b->pos);
  check_closed(b);
  check_exports(b);
  if (size < 0) raisef(exc_types().ValueError, "negative size value %lld", static_cast<long long>(size));
  if (size < size_of(b)) b->buf->data.resize(static_cast<size_t>(size));
  return make_int(size);
}

Value bio_seek(Args& a) {
  BytesIO* b = self_bio(a);
  int64_t pos = as_ssize(a.v[1]);
  int whence = a.n > 2 ? as_c_int(a.v[2]) : 0;
  check_closed(b);
  if (pos < 0 && whence == 0) raisef(exc_types().ValueError, "negative seek value %lld", static_cast<long long>(pos));
  if (whence == 1) pos = checked_add(pos, b->pos, "new position too large");
  else if (whence == 2) pos = checked_add(pos, size_of(b), "new position too large");
  else if (whence != 0) raisef(exc_types().ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
  if (pos < 0) pos = 0;
  b->pos = pos;
  return make_int(pos);
}

Value bio_write(Args& a) { return make_int(write_bytes(self_bio(a), a.v[1])); }

Value bio_writelines(Args& a) {
  BytesIO* b = self_bio(a);
  check_closed(b);
  Rooted it(get_iter(a.v[1]));
  for (;;) {
    Value item = iter_next(it.get());
    if (item.is_undef()) break;
    write_bytes(b, item);
  }
  return make_none();
}

Value bio_close(Args& a) {
  BytesIO* b = self_bio(a);
  check_exports(b);
  b->buf = nullptr;
  return make_none();
}

Value bio_getstate(Args& a) {
  BytesIO* b = self_bio(a);
  check_closed(b);
  Rooted value(bytes_value(b->buf->data));
  Value dict = make_none();
  Dict* own = b->has_side_attrs ? instance_attrs(a.v[0])->dict : b->dict;
  if (own) {
    Dict* copy = new_dict();
    for (const DictEntry& e : own->entries)
      if (!e.key.is_undef()) copy->set(e.key, e.value);
    dict = make_obj(copy);
  }
  Rooted keep(dict);
  return make_obj(new_tuple({value.get(), make_int(b->pos), dict}));
}

Value bio_setstate(Args& a) {
  BytesIO* b = self_bio(a);
  Value state = a.v[1];
  if (!kind_is(state, Kind::Tuple) || as<Tuple>(state)->size() < 3)
    raise(exc_types().TypeError,
          type_name(a.v[0]) + ".__setstate__ argument should be 3-tuple, got " + type_name(state));
  check_exports(b);
  Tuple* t = as<Tuple>(state);
  if (!b->buf) b->buf = new_bytearray();
  b->buf->data.clear();
  b->pos = 0;
  write_bytes(b, t->items[0]);
  Value pos = t->items[1];
  if (!pos.is_int() && !kind_is(pos, Kind::BigInt))
    raise(exc_types().TypeError, "second item of state must be an integer, not " + type_name(pos));
  int64_t p = as_ssize(pos);
  if (p < 0) raise(exc_types().ValueError, "position value cannot be negative");
  b->pos = p;
  Value dict = t->items[2];
  if (!dict.is_none()) {
    if (!kind_is(dict, Kind::Dict))
      raise(exc_types().TypeError, "third item of state should be a dict, got a " + type_name(dict));
    for (const DictEntry& e : as<Dict>(dict)->entries)
      if (!e.key.is_undef() && is_str(e.key)) setattr(a.v[0], as_str(e.key), e.value);
  }
  return make_none();
}

Value bio_sizeof(Args& a) {
  BytesIO* b = self_bio(a);
  return make_int(static_cast<int64_t>(sizeof(BytesIO) + (b->buf ? b->buf->data.capacity() : 0)));
}

Value bio_closed_get(Value self) { return make_bool(!static_cast<BytesIO*>(self.o)->buf); }

Value bio_iter_slot(Value self) { return self; }

Value bio_iternext_slot(Value self) {
  BytesIO* b = static_cast<BytesIO*>(self.o);
  check_closed(b);
  int64_t n = scan_eol(b, -1);
  if (n == 0) return Value();
  return read_bytes(b, n);
}

const MethodDef kBytesIOMethods[] = {
    {"__init__", bio_init, ArgSpec::Any},
    {"readable", bio_true_if_open, ArgSpec::NoArgs},
    {"seekable", bio_true_if_open, ArgSpec::NoArgs},
    {"writable", bio_true_if_open, ArgSpec::NoArgs},
    {"close", bio_close, ArgSpec::NoArgs},
    {"flush", bio_flush, ArgSpec::NoArgs},
    {"isatty", bio_isatty, ArgSpec::NoArgs},
    {"tell", bio_tell, ArgSpec::NoArgs},
    {"write", bio_write, ArgSpec::One},
    {"writelines", bio_writelines, ArgSpec::One},
    {"read1", bio_read, ArgSpec::Range, 0, 1},
    {"readinto", bio_readinto, ArgSpec::One},
    {"readline", bio_readline, ArgSpec::Range, 0, 1},
    {"readlines", bio_readlines, ArgSpec::Range, 0, 1},
    {"read", bio_read, ArgSpec::Range, 0, 1},
    {"getbuffer", bio_getbuffer, ArgSpec::NoArgs},
    {"getvalue", bio_getvalue, ArgSpec::NoArgs},
    {"seek", bio_seek, ArgSpec::Range, 1, 2},
    {"truncate", bio_truncate, ArgSpec::Range, 0, 1},
    {"__getstate__", bio_getstate, ArgSpec::NoArgs},
    {"__setstate__", bio_setstate, ArgSpec::One},
    {"__sizeof__", bio_sizeof, ArgSpec::NoArgs},
};

const GetSetDef kBytesIOGetSets[] = {
    {"closed", bio_closed_get},
};

}  // namespace

void init_bytesio_type() {
  IoTypes& io = io_types();
  io.BytesIO = new_io_type("BytesIO", io.BufferedIOBase, Kind::Native);
  io.BytesIO->ctor = bio_ctor;
  io.BytesIO->slots.iter = bio_iter_slot;
  io.BytesIO->slots.iternext = bio_iternext_slot;
  add_io_new(io.BytesIO, make_bytesio);
  add_slot_methods(io.BytesIO);
  add_methods(io.BytesIO, kBytesIOMethods);
  add_getsets(io.BytesIO, kBytesIOGetSets);
}

}  // namespace coil::rt::io
