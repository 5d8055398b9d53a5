#include "stdlib/io/bufferedio.h"

#include <unistd.h>

#include <cerrno>
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
#include "stdlib/io/fileio.h"

namespace coil::rt::io {

void Buffered::trace(Tracer& t) {
  IOObject::trace(t);
  t.mark(raw);
}

void BufferedRWPair::trace(Tracer& t) {
  IOObject::trace(t);
  t.mark(reader);
  t.mark(writer);
}

namespace {

Buffered* self_buf(Args& a) { return static_cast<Buffered*>(a.v[0].o); }

// ------------------------------------------------------------ state

bool valid_read_buffer(const Buffered* b) { return b->readable && b->read_end != -1; }
bool valid_write_buffer(const Buffered* b) { return b->writable && b->write_end != -1; }

void adjust_position(Buffered* b, int64_t new_pos) {
  b->pos = new_pos;
  if (valid_read_buffer(b) && b->read_end < b->pos) b->read_end = b->pos;
}

int64_t readahead(const Buffered* b) { return valid_read_buffer(b) ? b->read_end - b->pos : 0; }

int64_t raw_offset(const Buffered* b) {
  return (valid_read_buffer(b) || valid_write_buffer(b)) && b->raw_pos >= 0 ? b->raw_pos - b->pos : 0;
}

int64_t minus_last_block(const Buffered* b, int64_t size) {
  return b->buffer_mask ? (size & ~b->buffer_mask) : b->buffer_size * (size / b->buffer_size);
}

void reader_reset_buf(Buffered* b) { b->read_end = -1; }

void writer_reset_buf(Buffered* b) {
  b->write_pos = 0;
  b->write_end = -1;
}

void check_initialized(const Buffered* b) {
  if (b->ok) return;
  if (b->detached) raise(exc_types().ValueError, "raw stream has been detached");
  raise(exc_types().ValueError, "I/O operation on uninitialized object");
}

// The raw stream when it is an exact FileIO (driven directly), else null.
FileIO* fast_raw(const Buffered* b) {
  return is_exact_fileio(b->raw) ? static_cast<FileIO*>(b->raw.o) : nullptr;
}

bool buffered_closed(Buffered* b) {
  check_initialized(b);
  if (FileIO* f = fast_raw(b)) return f->fd < 0;
  return attr_closed(b->raw);
}

bool is_closed(Buffered* b) { return !b->has_buffer || buffered_closed(b); }

void check_closed(Buffered* b, const char* msg) {
  if (is_closed(b) && readahead(b) == 0) raise(exc_types().ValueError, msg);
}

// An offset from the raw stream (tell(), seek()): an int that is not
// negative, as CPython's PyNumber_AsOff_t and its checks want.
int64_t raw_position(Value res) {
  int64_t n = index_ssize(res, exc_types().ValueError);
  if (n < 0) raisef(exc_types().OSError, "Raw stream returned invalid position %lld", static_cast<long long>(n));
  return n;
}

int64_t raw_tell(Buffered* b) {
  int64_t n;
  if (FileIO* f = fast_raw(b)) n = fileio_seek(f, 0, 1);
  else n = raw_position(call_method0(b->raw, "tell"));
  b->abs_pos = n;
  return n;
}

int64_t raw_tell_cached(Buffered* b) { return b->abs_pos != -1 ? b->abs_pos : raw_tell(b); }

int64_t raw_seek(Buffered* b, int64_t target, int whence) {
  int64_t n;
  if (FileIO* f = fast_raw(b)) {
    n = fileio_seek(f, target, whence);
  } else {
    Value args[2] = {make_int(target), make_int(whence)};
    n = raw_position(call_method(b->raw, COIL_NAME("seek"), args, 2));
  }
  b->abs_pos = n;
  return n;
}

// Reads at most len bytes of the raw stream into the buffer at `start`:
// the count, 0 at the end, or -2 when a non-blocking stream has nothing.
int64_t raw_read(Buffered* b, int64_t start, int64_t len, std::string* into = nullptr) {
  std::string& dest = into ? *into : b->buffer;
  int64_t n;
  if (FileIO* f = fast_raw(b)) {
    n = fileio_read_into(f, dest.data() + start, len);
    if (n == -2) return -2;
  } else {
    Rooted ba(make_obj(new_bytearray(std::string(static_cast<size_t>(len), '\0'))));
    Rooted view(make_obj(new_memoryview(ba.get())));
    Value res = call_method1(b->raw, "readinto", view.get());
    if (res.is_none()) return -2;
    n = index_ssize(res, exc_types().ValueError);
    if (n < 0 || n > len)
      raisef(exc_types().OSError, "raw readinto() returned invalid length %lld (should have been between 0 and %lld)",
             static_cast<long long>(n), static_cast<long long>(len));
    const std::string& got = as<ByteArray>(ba.get())->data;
    std::memcpy(dest.data() + start, got.data(), static_cast<size_t>(std::min<int64_t>(n, got.size())));
  }
  if (n > 0 && b->abs_pos != -1) b->abs_pos += n;
  return n;
}

[[noreturn]] void raise_blocking(int64_t written) {
  Exception* e = new_exception_args(exc_types().BlockingIOError,
                                    {make_int(EAGAIN), str_value("write could not complete without blocking"),
                                     make_int(written)});
  e->dict->set_str(intern("errno"), make_int(EAGAIN));
  e->dict->set_str(intern("strerror"), str_value("write could not complete without blocking"));
  e->dict->set_str(intern("characters_written"), make_int(written));
  raise_value(make_obj(e));
}

// Writes bytes [start, start+len) of the buffer (or of `from`) to the raw
// stream: the count written, or -2 when a non-blocking stream took nothing.
int64_t raw_write(Buffered* b, const char* data, int64_t len) {
  int64_t n;
  if (FileIO* f = fast_raw(b)) {
    n = fileio_write(f, std::string_view(data, static_cast<size_t>(len)));
    if (n == -2) return -2;
  } else {
    Rooted view(make_obj(new_memoryview(bytes_value(std::string(data, static_cast<size_t>(len))))));
    Value res = call_method1(b->raw, "write", view.get());
    if (res.is_none()) return -2;
    n = index_ssize(res, exc_types().ValueError);
  }
  if (n < 0 || n > len)
    raisef(exc_types().OSError, "raw write() returned invalid length %lld (should have been between 0 and %lld)",
           static_cast<long long>(n), static_cast<long long>(len));
  if (n > 0 && b->abs_pos != -1) b->abs_pos += n;
  return n;
}

void writer_flush_unlocked(Buffered* b) {
  if (valid_write_buffer(b) && b->write_pos != b->write_end) {
    int64_t rewind = raw_offset(b) + (b->pos - b->write_pos);
    if (rewind != 0) {
      raw_seek(b, -rewind, 1);
      b->raw_pos -= rewind;
    }
    while (b->write_pos < b->write_end) {
      int64_t n = raw_write(b, b->buffer.data() + b->write_pos, b->write_end - b->write_pos);
      if (n == -2) raise_blocking(0);
      b->write_pos += n;
      b->raw_pos = b->write_pos;
    }
  }
  writer_reset_buf(b);
}

void flush_and_rewind_unlocked(Buffered* b) {
  writer_flush_unlocked(b);
  if (b->readable) {
    // Rewind the raw stream to the logical position.
    int64_t off = raw_offset(b);
    reader_reset_buf(b);
    raw_seek(b, -off, 1);
  }
}

int64_t fill_buffer(Buffered* b) {
  int64_t start = valid_read_buffer(b) ? b->read_end : 0;
  int64_t len = b->buffer_size - start;
  int64_t n = raw_read(b, start, len);
  if (n <= 0) return n;
  b->read_end = start + n;
  b->raw_pos = start + n;
  return n;
}

Value read_fast(Buffered* b, int64_t n) {
  if (n <= readahead(b)) {
    Value res = bytes_value(b->buffer.substr(static_cast<size_t>(b->pos), static_cast<size_t>(n)));
    b->pos += n;
    return res;
  }
  return Value();
}

Value read_all(Buffered* b) {
  std::string data;
  int64_t current = readahead(b);
  bool have_data = current > 0;
  if (have_data) {
    data = b->buffer.substr(static_cast<size_t>(b->pos), static_cast<size_t>(current));
    b->pos += current;
  }
  if (b->writable) flush_and_rewind_unlocked(b);
  reader_reset_buf(b);
  Value readall;
  if (FileIO* f = fast_raw(b)) {
    (void)f;
    readall = call_method0(b->raw, "readall");
  } else {
    Value m = getattr_opt(b->raw, COIL_NAME("readall"));
    if (!m.is_undef()) readall = call0(m);
  }
  if (!readall.is_undef()) {
    if (!readall.is_none() && !kind_is(readall, Kind::Bytes))
      raise(exc_types().TypeError, "readall() should return bytes");
    if (!have_data) return readall;
    if (!readall.is_none()) data += as<Bytes>(readall)->data;
    return bytes_value(std::move(data));
  }
  for (;;) {
    Value chunk = call_method0(b->raw, "read");
    if (!chunk.is_none() && !kind_is(chunk, Kind::Bytes)) raise(exc_types().TypeError, "read() should return bytes");
    if (chunk.is_none() || as<Bytes>(chunk)->data.empty()) {
      if (!have_data) return chunk;
      return bytes_value(std::move(data));
    }
    data += as<Bytes>(chunk)->data;
    have_data = true;
    if (b->abs_pos != -1) b->abs_pos += static_cast<int64_t>(as<Bytes>(chunk)->data.size());
  }
}

Value read_generic(Buffered* b, int64_t n) {
  int64_t current = readahead(b);
  if (n <= current) return read_fast(b, n);
  std::string out(static_cast<size_t>(n), '\0');
  int64_t remaining = n, written = 0;
  if (current > 0) {
    std::memcpy(out.data(), b->buffer.data() + b->pos, static_cast<size_t>(current));
    remaining -= current;
    written += current;
    b->pos += current;
  }
  if (b->writable) flush_and_rewind_unlocked(b);
  reader_reset_buf(b);
  auto finish = [&](int64_t r) -> Value {
    if (r == 0 || written > 0) {
      out.resize(static_cast<size_t>(written));
      return bytes_value(std::move(out));
    }
    return make_none();
  };
  while (remaining > 0) {
    // Whole blocks straight into the result; the tail through the buffer.
    int64_t r = minus_last_block(b, remaining);
    if (r == 0) break;
    r = raw_read(b, written, r, &out);
    if (r == 0 || r == -2) return finish(r);
    remaining -= r;
    written += r;
  }
  b->pos = 0;
  b->raw_pos = 0;
  b->read_end = 0;
  while (remaining > 0 && b->read_end < b->buffer_size) {
    int64_t r = fill_buffer(b);
    if (r == 0 || r == -2) return finish(r);
    int64_t take = std::min(remaining, r);
    std::memcpy(out.data() + written, b->buffer.data() + b->pos, static_cast<size_t>(take));
    written += take;
    b->pos += take;
    remaining -= take;
  }
  return bytes_value(std::move(out));
}

Value peek_unlocked(Buffered* b) {
  int64_t have = readahead(b);
  if (have > 0) return bytes_value(b->buffer.substr(static_cast<size_t>(b->pos), static_cast<size_t>(have)));
  reader_reset_buf(b);
  int64_t r = fill_buffer(b);
  if (r == -2) r = 0;
  b->pos = 0;
  return bytes_value(b->buffer.substr(0, static_cast<size_t>(r)));
}

Value buffered_readline(Buffered* b, int64_t limit) {
  check_closed(b, "readline of closed file");
  int64_t n = readahead(b);
  if (limit >= 0 && n > limit) n = limit;
  const char* start = b->buffer.data() + b->pos;
  if (n > 0) {
    if (const void* s = std::memchr(start, '\n', static_cast<size_t>(n))) {
      int64_t len = static_cast<const char*>(s) - start + 1;
      Value res = bytes_value(std::string(start, static_cast<size_t>(len)));
      b->pos += len;
      return res;
    }
  }
  if (n == limit) {
    Value res = bytes_value(std::string(start, static_cast<size_t>(n)));
    b->pos += n;
    return res;
  }
  std::string line;
  if (n > 0) {
    line.assign(start, static_cast<size_t>(n));
    b->pos += n;
    if (limit >= 0) limit -= n;
  }
  if (b->writable) flush_and_rewind_unlocked(b);
  for (;;) {
    reader_reset_buf(b);
    int64_t got = fill_buffer(b);
    if (got <= 0) break;
    if (limit >= 0 && got > limit) got = limit;
    const char* s = b->buffer.data();
    if (const void* nl = std::memchr(s, '\n', static_cast<size_t>(got))) {
      int64_t len = static_cast<const char*>(nl) - s + 1;
      line.append(s, static_cast<size_t>(len));
      b->pos = len;
      break;
    }
    line.append(s, static_cast<size_t>(got));
    if (got == limit) {
      b->pos = got;
      break;
    }
    if (limit >= 0) limit -= got;
  }
  return bytes_value(std::move(line));
}

Value readinto_generic(Buffered* b, Value target, bool readinto1, const char* fn) {
  WritableBuffer wb = writable_buffer(target, fn);
  check_initialized(b);
  check_closed(b, "readinto of closed file");
  // Gathered here, copied into the target at the end (it may be strided).
  std::string out(static_cast<size_t>(wb.length), '\0');
  int64_t len = wb.length, written = 0;
  int64_t n = readahead(b);
  if (n > 0) {
    if (n >= len) {
      std::memcpy(out.data(), b->buffer.data() + b->pos, static_cast<size_t>(len));
      b->pos += len;
      writable_buffer(target, fn).fill(out);
      return make_int(len);
    }
    std::memcpy(out.data(), b->buffer.data() + b->pos, static_cast<size_t>(n));
    b->pos += n;
    written = n;
  }
  if (b->writable) flush_and_rewind_unlocked(b);
  reader_reset_buf(b);
  b->pos = 0;
  Value result;
  for (int64_t remaining = len - written; remaining > 0; written += n, remaining -= n) {
    if (remaining > b->buffer_size) {
      n = raw_read(b, written, remaining, &out);
    } else if (!(readinto1 && written)) {
      n = fill_buffer(b);
      if (n > 0) {
        if (n > remaining) n = remaining;
        std::memcpy(out.data() + written, b->buffer.data() + b->pos, static_cast<size_t>(n));
        b->pos += n;
        continue;
      }
    } else {
      n = 0;
    }
    if (n == 0 || (n == -2 && written > 0)) break;
    if (n == -2) {
      result = make_none();
      break;
    }
    if (readinto1) {
      written += n;
      break;
    }
  }
  writable_buffer(target, fn).fill(std::string_view(out.data(), static_cast<size_t>(written)));
  if (!result.is_undef()) return result;
  return make_int(written);
}

// ------------------------------------------------------------ __init__

void buffered_init(Buffered* b, Value raw, int64_t buffer_size, bool readable, bool writable) {
  b->raw = raw;
  b->buffer_size = buffer_size;
  b->readable = readable;
  b->writable = writable;
  if (buffer_size <= 0) raise(exc_types().ValueError, "buffer size must be strictly positive");
  check_allocation(static_cast<size_t>(buffer_size));
  b->buffer.assign(static_cast<size_t>(buffer_size), '\0');
  heap().note_alloc(static_cast<size_t>(buffer_size));
  b->has_buffer = true;
  int64_t n = buffer_size - 1;
  while (n & 1) n >>= 1;
  b->buffer_mask = n == 0 ? buffer_size - 1 : 0;
  try {
    raw_tell(b);
  } catch (PyError&) {
    b->abs_pos = -1;
  }
}

void bind_init_args(Args& a, const char* name, Value* raw, int64_t* size) {
  Value v[2];
  bind_keyword_args(a, name, {"raw", "buffer_size"}, v);
  if (v[0].is_undef()) raisef(exc_types().TypeError, "%s() missing required argument 'raw' (pos 1)", name);
  *raw = v[0];
  *size = size_arg(v[1], kDefaultBufferSize);
}

Value reader_init(Args& a) {
  Buffered* b = self_buf(a);
  b->ok = false;
  b->detached = false;
  Value raw;
  int64_t size;
  bind_init_args(a, "BufferedReader", &raw, &size);
  check_readable(raw);
  buffered_init(b, raw, size, true, false);
  reader_reset_buf(b);
  b->ok = true;
  return make_none();
}

Value writer_init(Args& a) {
  Buffered* b = self_buf(a);
  b->ok = false;
  b->detached = false;
  Value raw;
  int64_t size;
  bind_init_args(a, "BufferedWriter", &raw, &size);
  check_writable(raw);
  buffered_init(b, raw, size, false, true);
  writer_reset_buf(b);
  b->pos = 0;
  b->ok = true;
  return make_none();
}

Value random_init(Args& a) {
  Buffered* b = self_buf(a);
  b->ok = false;
  b->detached = false;
  Value raw;
  int64_t size;
  bind_init_args(a, "BufferedRandom", &raw, &size);
  check_seekable(raw);
  check_readable(raw);
  check_writable(raw);
  buffered_init(b, raw, size, true, true);
  reader_reset_buf(b);
  writer_reset_buf(b);
  b->pos = 0;
  b->ok = true;
  return make_none();
}

Value make_buffered(TypeObject* t) {
  Buffered* b = heap().make<Buffered>(t);
  track_for_close(b);
  return make_obj(b);
}

Value reader_ctor(Args& a) { return construct(io_types().BufferedReader, a, reader_init); }
Value writer_ctor(Args& a) { return construct(io_types().BufferedWriter, a, writer_init); }
Value random_ctor(Args& a) { return construct(io_types().BufferedRandom, a, random_init); }

// ------------------------------------------------------------ methods

Value forward0(Args& a, const char* name) {
  Buffered* b = self_buf(a);
  check_initialized(b);
  return call_method0(b->raw, name);
}

Value buf_simple_flush(Args& a) { return forward0(a, "flush"); }
Value buf_seekable(Args& a) { return forward0(a, "seekable"); }
Value buf_readable(Args& a) { return forward0(a, "readable"); }
Value buf_writable(Args& a) { return forward0(a, "writable"); }
Value buf_fileno(Args& a) { return forward0(a, "fileno"); }
Value buf_isatty(Args& a) { return forward0(a, "isatty"); }

Value buf_flush(Args& a) {
  Buffered* b = self_buf(a);
  check_initialized(b);
  check_closed(b, "flush of closed file");
  flush_and_rewind_unlocked(b);
  return make_none();
}

Value buf_close(Args& a) {
  Buffered* b = self_buf(a);
  Value self = a.v[0];
  check_initialized(b);
  if (buffered_closed(b)) return make_none();
  Rooted flush_error;
  try {
    call_method0(self, "flush");
  } catch (PyError& e) {
    flush_error.set(e.exc);
  }
  try {
    call_method0(b->raw, "close");
  } catch (PyError& e) {
    b->has_buffer = false;
    if (!flush_error.get().is_undef() && kind_is(e.exc, Kind::Exception))
      as<Exception>(e.exc)->context = flush_error.get();
    throw;
  }
  b->has_buffer = false;
  b->read_end = 0;
  b->pos = 0;
  if (!flush_error.get().is_undef()) raise_value(flush_error.get());
  return make_none();
}

Value buf_detach(Args& a) {
  Buffered* b = self_buf(a);
  check_initialized(b);
  call_method0(a.v[0], "flush");
  Value raw = b->raw;
  b->raw = Value();
  b->detached = true;
  b->ok = false;
  return raw;
}

Value buf_dealloc_warn(Args& a) {
  (void)a;
  return make_none();
}

Value buf_peek(Args& a) {
  Buffered* b = self_buf(a);
  if (a.n > 1) as_ssize(a.v[1]);
  check_initialized(b);
  check_closed(b, "peek of closed file");
  if (b->writable) flush_and_rewind_unlocked(b);
  return peek_unlocked(b);
}

Value buf_read(Args& a) {
  Buffered* b = self_buf(a);
  int64_t n = optional_size(a.n > 1 ? a.v[1] : Value());
  check_initialized(b);
  if (n < -1) raise(exc_types().ValueError, "read length must be non-negative or -1");
  check_closed(b, "read of closed file");
  if (n == -1) return read_all(b);
  Value res = read_fast(b, n);
  if (!res.is_undef()) return res;
  return read_generic(b, n);
}

Value buf_read1(Args& a) {
  Buffered* b = self_buf(a);
  int64_t n = a.n > 1 ? as_ssize(a.v[1]) : -1;
  check_initialized(b);
  if (n < 0) n = b->buffer_size;
  check_closed(b, "read of closed file");
  if (n == 0) return bytes_value("");
  int64_t have = readahead(b);
  if (have > 0) return read_fast(b, std::min(have, n));
  std::string out(static_cast<size_t>(n), '\0');
  reader_reset_buf(b);
  int64_t r = raw_read(b, 0, n, &out);
  if (r == -2) r = 0;
  out.resize(static_cast<size_t>(r));
  return bytes_value(std::move(out));
}

Value buf_readinto(Args& a) { return readinto_generic(self_buf(a), a.v[1], false, "readinto"); }
Value buf_readinto1(Args& a) { return readinto_generic(self_buf(a), a.v[1], true, "readinto1"); }

Value buf_readline(Args& a) {
  Buffered* b = self_buf(a);
  int64_t limit = optional_size(a.n > 1 ? a.v[1] : Value());
  check_initialized(b);
  return buffered_readline(b, limit);
}

Value buf_tell(Args& a) {
  Buffered* b = self_buf(a);
  check_initialized(b);
  int64_t pos = raw_tell(b) - raw_offset(b);
  if (pos < 0) pos = 0;
  return make_int(pos);
}

Value buf_seek(Args& a) {
  Buffered* b = self_buf(a);
  Value targetobj = a.v[1];
  int whence = a.n > 2 ? as_c_int(a.v[2]) : 0;
  check_initialized(b);
  if ((whence < 0 || whence > 2) && whence != 3 && whence != 4)
    raisef(exc_types().ValueError, "whence value %d unsupported", whence);
  check_closed(b, "seek of closed file");
  check_seekable(b->raw);
  int64_t target = index_ssize(targetobj, exc_types().ValueError);
  if ((whence == 0 || whence == 1) && b->readable) {
    // Inside the buffer: no raw seek needed.
    int64_t current = raw_tell_cached(b);
    int64_t avail = readahead(b);
    if (avail > 0) {
      int64_t offset = whence == 0 ? target - (current - raw_offset(b)) : target;
      if (offset >= -b->pos && offset <= avail) {
        b->pos += offset;
        return make_int(current - avail + offset);
      }
    }
  }
  if (b->writable) writer_flush_unlocked(b);
  if (whence == 1) target -= raw_offset(b);
  int64_t n = raw_seek(b, target, whence);
  b->raw_pos = -1;
  if (b->readable) reader_reset_buf(b);
  return make_int(n);
}

Value buf_truncate(Args& a) {
  Buffered* b = self_buf(a);
  Value pos = a.n > 1 ? a.v[1] : make_none();
  check_initialized(b);
  check_closed(b, "truncate of closed file");
  if (!b->writable) raise_unsupported("truncate");
  flush_and_rewind_unlocked(b);
  Value res = call_method1(b->raw, "truncate", pos);
  try {
    raw_tell(b);
  } catch (PyError&) {
  }
  return res;
}

Value buf_write(Args& a) {
  Buffered* b = self_buf(a);
  std::string scratch;
  std::string_view view = need_buffer(a.v[1], &scratch);
  std::string data(view);  // the raw stream's methods may run below
  check_initialized(b);
  if (is_closed(b)) raise(exc_types().ValueError, "write to closed file");
  int64_t len = static_cast<int64_t>(data.size());
  if (!valid_read_buffer(b) && !valid_write_buffer(b)) {
    b->pos = 0;
    b->raw_pos = 0;
  }
  int64_t avail = b->buffer_size - b->pos;
  if (len <= avail) {
    std::memcpy(b->buffer.data() + b->pos, data.data(), data.size());
    if (!valid_write_buffer(b) || b->write_pos > b->pos) b->write_pos = b->pos;
    adjust_position(b, b->pos + len);
    if (b->pos > b->write_end) b->write_end = b->pos;
    return make_int(len);
  }
  writer_flush_unlocked(b);
  // The raw position may differ from the logical one when the read buffer
  // was filled but not modified.
  int64_t offset = raw_offset(b);
  if (offset != 0) {
    raw_seek(b, -offset, 1);
    b->raw_pos -= offset;
  }
  int64_t remaining = len, written = 0;
  while (remaining > b->buffer_size) {
    int64_t n = raw_write(b, data.data() + written, len - written);
    if (n == -2) raise_blocking(written);
    written += n;
    remaining -= n;
  }
  if (b->readable) reader_reset_buf(b);
  if (remaining > 0) {
    std::memcpy(b->buffer.data(), data.data() + written, static_cast<size_t>(remaining));
    written += remaining;
  }
  b->write_pos = 0;
  b->write_end = remaining;
  adjust_position(b, remaining);
  b->raw_pos = 0;
  return make_int(written);
}

Value buf_sizeof(Args& a) {
  Buffered* b = self_buf(a);
  return make_int(static_cast<int64_t>(sizeof(Buffered)) + (b->has_buffer ? b->buffer_size : 0));
}

Value buf_raw_get(Value self) {
  Value raw = static_cast<Buffered*>(self.o)->raw;
  return raw.is_undef() ? make_none() : raw;
}

Value buf_closed_get(Value self) {
  Buffered* b = static_cast<Buffered*>(self.o);
  check_initialized(b);
  return getattr(b->raw, COIL_NAME("closed"));
}

Value buf_name_get(Value self) {
  Buffered* b = static_cast<Buffered*>(self.o);
  check_initialized(b);
  return getattr(b->raw, COIL_NAME("name"));
}

Value buf_mode_get(Value self) {
  Buffered* b = static_cast<Buffered*>(self.o);
  check_initialized(b);
  return getattr(b->raw, COIL_NAME("mode"));
}

Value buf_finalizing_get(Value) { return make_bool(false); }
void buf_finalizing_set(Value, Value) {}

std::string tp_name(Value self) {
  TypeObject* t = type_of(self);
  if (t->is_builtin && t->module) return t->module->s + "." + t->name->s;
  return t->name->s;
}

std::string buf_repr(Value self) {
  Value name;
  try {
    name = getattr_opt(self, COIL_NAME("name"));
  } catch (PyError& e) {
    if (!exception_matches(e.exc, make_obj(exc_types().ValueError))) throw;
  }
  if (name.is_undef()) return "<" + tp_name(self) + ">";
  return "<" + tp_name(self) + " name=" + repr(name) + ">";
}

Value buf_iternext(Value self) {
  Buffered* b = static_cast<Buffered*>(self.o);
  check_initialized(b);
  TypeObject* t = self.o->type;
  Value line;
  if (t == io_types().BufferedReader || t == io_types().BufferedRandom) {
    line = buffered_readline(b, -1);
  } else {
    line = call_method0(self, "readline");
    if (!kind_is(line, Kind::Bytes))
      raise(exc_types().OSError, "readline() should have returned a bytes object, not '" + type_name(line) + "'");
  }
  if (as<Bytes>(line)->data.empty()) return Value();
  return line;
}

const MethodDef kReaderMethods[] = {
    {"__init__", reader_init, ArgSpec::Any},
    {"detach", buf_detach, ArgSpec::NoArgs},
    {"flush", buf_simple_flush, ArgSpec::NoArgs},
    {"close", buf_close, ArgSpec::NoArgs},
    {"seekable", buf_seekable, ArgSpec::NoArgs},
    {"readable", buf_readable, ArgSpec::NoArgs},
    {"fileno", buf_fileno, ArgSpec::NoArgs},
    {"isatty", buf_isatty, ArgSpec::NoArgs},
    {"_dealloc_warn", buf_dealloc_warn, ArgSpec::One},
    {"read", buf_read, ArgSpec::Range, 0, 1},
    {"peek", buf_peek, ArgSpec::Range, 0, 1},
    {"read1", buf_read1, ArgSpec::Range, 0, 1},
    {"readinto", buf_readinto, ArgSpec::One},
    {"readinto1", buf_readinto1, ArgSpec::One},
    {"readline", buf_readline, ArgSpec::Range, 0, 1},
    {"seek", buf_seek, ArgSpec::Range, 1, 2},
    {"tell", buf_tell, ArgSpec::NoArgs},
    {"truncate", buf_truncate, ArgSpec::Range, 0, 1},
    {"__sizeof__", buf_sizeof, ArgSpec::NoArgs},
};

const MethodDef kWriterMethods[] = {
    {"__init__", writer_init, ArgSpec::Any},
    {"close", buf_close, ArgSpec::NoArgs},
    {"detach", buf_detach, ArgSpec::NoArgs},
    {"seekable", buf_seekable, ArgSpec::NoArgs},
    {"writable", buf_writable, ArgSpec::NoArgs},
    {"fileno", buf_fileno, ArgSpec::NoArgs},
    {"isatty", buf_isatty, ArgSpec::NoArgs},
    {"_dealloc_warn", buf_dealloc_warn, ArgSpec::One},
    {"write", buf_write, ArgSpec::One},
    {"truncate", buf_truncate, ArgSpec::Range, 0, 1},
    {"flush", buf_flush, ArgSpec::NoArgs},
    {"seek", buf_seek, ArgSpec::Range, 1, 2},
    {"tell", buf_tell, ArgSpec::NoArgs},
    {"__sizeof__", buf_sizeof, ArgSpec::NoArgs},
};

const MethodDef kRandomMethods[] = {
    {"__init__", random_init, ArgSpec::Any},
    {"close", buf_close, ArgSpec::NoArgs},
    {"detach", buf_detach, ArgSpec::NoArgs},
    {"seekable", buf_seekable, ArgSpec::NoArgs},
    {"readable", buf_readable, ArgSpec::NoArgs},
    {"writable", buf_writable, ArgSpec::NoArgs},
    {"fileno", buf_fileno, ArgSpec::NoArgs},
    {"isatty", buf_isatty, ArgSpec::NoArgs},
    {"_dealloc_warn", buf_dealloc_warn, ArgSpec::One},
    {"flush", buf_flush, ArgSpec::NoArgs},
    {"seek", buf_seek, ArgSpec::Range, 1, 2},
    {"tell", buf_tell, ArgSpec::NoArgs},
    {"truncate", buf_truncate, ArgSpec::Range, 0, 1},
    {"read", buf_read, ArgSpec::Range, 0, 1},
    {"read1", buf_read1, ArgSpec::Range, 0, 1},
    {"readinto", buf_readinto, ArgSpec::One},
    {"readinto1", buf_readinto1, ArgSpec::One},
    {"readline", buf_readline, ArgSpec::Range, 0, 1},
    {"peek", buf_peek, ArgSpec::Range, 0, 1},
    {"write", buf_write, ArgSpec::One},
    {"__sizeof__", buf_sizeof, ArgSpec::NoArgs},
};

const GetSetDef kBufferedGetSets[] = {
    {"raw", buf_raw_get, nullptr, true},
    {"_finalizing", buf_finalizing_get, buf_finalizing_set, true},
    {"closed", buf_closed_get},
    {"name", buf_name_get},
    {"mode", buf_mode_get},
};

// ------------------------------------------------------------ BufferedRWPair

BufferedRWPair* self_pair(Args& a) { return static_cast<BufferedRWPair*>(a.v[0].o); }

Value pair_init(Args& a) {
  BufferedRWPair* p = self_pair(a);
  if (a.nkw()) raise(exc_types().TypeError, "BufferedRWPair() takes no keyword arguments");
  check_arg_count("BufferedRWPair", a.n - 1, 2, 3);
  Value reader = a.v[1], writer = a.v[2];
  int64_t size = a.n > 3 ? as_ssize(a.v[3]) : kDefaultBufferSize;
  check_readable(reader);
  check_writable(writer);
  Value args[2] = {reader, make_int(size)};
  p->reader = call(make_obj(io_types().BufferedReader), args, 2);
  args[0] = writer;
  p->writer = call(make_obj(io_types().BufferedWriter), args, 2);
  return make_none();
}

Value make_pair(TypeObject* t) { return make_obj(heap().make<BufferedRWPair>(t)); }
Value pair_ctor(Args& a) { return construct(io_types().BufferedRWPair, a, pair_init); }

Value forward_call(Value target, const char* name, Args& a) {
  if (target.is_undef()) raise(exc_types().ValueError, "I/O operation on uninitialized object");
  Value m = getattr(target, intern(name));
  return call(m, a.v + 1, a.n - 1);
}

Value pair_read(Args& a) { return forward_call(self_pair(a)->reader, "read", a); }
Value pair_peek(Args& a) { return forward_call(self_pair(a)->reader, "peek", a); }
Value pair_read1(Args& a) { return forward_call(self_pair(a)->reader, "read1", a); }
Value pair_readinto(Args& a) { return forward_call(self_pair(a)->reader, "readinto", a); }
Value pair_readinto1(Args& a) { return forward_call(self_pair(a)->reader, "readinto1", a); }
Value pair_write(Args& a) { return forward_call(self_pair(a)->writer, "write", a); }
Value pair_flush(Args& a) { return forward_call(self_pair(a)->writer, "flush", a); }
Value pair_readable(Args& a) { return forward_call(self_pair(a)->reader, "readable", a); }
Value pair_writable(Args& a) { return forward_call(self_pair(a)->writer, "writable", a); }

Value pair_close(Args& a) {
  BufferedRWPair* p = self_pair(a);
  Rooted error;
  try {
    forward_call(p->writer, "close", a);
  } catch (PyError& e) {
    error.set(e.exc);
  }
  try {
    forward_call(p->reader, "close", a);
  } catch (PyError& e) {
    if (!error.get().is_undef() && kind_is(e.exc, Kind::Exception)) as<Exception>(e.exc)->context = error.get();
    throw;
  }
  if (!error.get().is_undef()) raise_value(error.get());
  return make_none();
}

Value pair_isatty(Args& a) {
  Value r = forward_call(self_pair(a)->writer, "isatty", a);
  if (!(r.is_bool() && !r.b)) return r;
  return forward_call(self_pair(a)->reader, "isatty", a);
}

Value pair_closed_get(Value self) {
  BufferedRWPair* p = static_cast<BufferedRWPair*>(self.o);
  if (p->writer.is_undef())
    raise(exc_types().RuntimeError, "the BufferedRWPair object is being garbage-collected");
  return getattr(p->writer, COIL_NAME("closed"));
}

const MethodDef kPairMethods[] = {
    {"__init__", pair_init, ArgSpec::Any},
    {"read", pair_read, ArgSpec::VarArgs},
    {"peek", pair_peek, ArgSpec::VarArgs},
    {"read1", pair_read1, ArgSpec::VarArgs},
    {"readinto", pair_readinto, ArgSpec::VarArgs},
    {"readinto1", pair_readinto1, ArgSpec::VarArgs},
    {"write", pair_write, ArgSpec::VarArgs},
    {"flush", pair_flush, ArgSpec::NoArgs},
    {"readable", pair_readable, ArgSpec::NoArgs},
    {"writable", pair_writable, ArgSpec::NoArgs},
    {"close", pair_close, ArgSpec::NoArgs},
    {"isatty", pair_isatty, ArgSpec::NoArgs},
};

const GetSetDef kPairGetSets[] = {
    {"closed", pair_closed_get},
};

TypeObject* buffered_type(const char* name, NativeFn ctor) {
  TypeObject* t = new_io_type(name, io_types().BufferedIOBase, Kind::Native);
  t->ctor = ctor;
  t->slots.repr = buf_repr;
  add_io_new(t, make_buffered);
  return t;
}

}  // namespace

int buffered_quiet_fd(Buffered* b) {
  FileIO* f = is_exact_fileio(b->raw) ? static_cast<FileIO*>(b->raw.o) : nullptr;
  if (!b->ok || !b->has_buffer || !f || f->fd < 0) return -1;
  return f->fd;
}

bool buffered_flush_quietly(Buffered* b) {
  int fd = buffered_quiet_fd(b);
  if (fd < 0) return false;
  if (valid_write_buffer(b) && b->write_pos != b->write_end) {
    int64_t rewind = raw_offset(b) + (b->pos - b->write_pos);
    if (rewind != 0 && ::lseek(fd, static_cast<off_t>(-rewind), SEEK_CUR) < 0) return false;
    const char* p = b->buffer.data() + b->write_pos;
    size_t n = static_cast<size_t>(b->write_end - b->write_pos);
    while (n) {
      ssize_t w = ::write(fd, p, n);
      if (w < 0) {
        if (errno == EINTR) continue;
        return false;
      }
      p += w;
      n -= static_cast<size_t>(w);
    }
    if (b->write_end != b->pos) ::lseek(fd, static_cast<off_t>(b->pos - b->write_end), SEEK_CUR);
  } else if (valid_read_buffer(b)) {
    int64_t off = raw_offset(b);
    if (off != 0) ::lseek(fd, static_cast<off_t>(-off), SEEK_CUR);
  }
  writer_reset_buf(b);
  if (b->readable) reader_reset_buf(b);
  b->abs_pos = -1;
  b->raw_pos = 0;
  b->pos = 0;
  return true;
}

void Buffered::flush_unreachable() { buffered_flush_quietly(this); }

Value buffered_fast_raw(Value v) {
  if (!v.is_obj() || v.o->kind != Kind::Native) return Value();
  TypeObject* t = v.o->type;
  IoTypes& io = io_types();
  if (t != io.BufferedReader && t != io.BufferedWriter && t != io.BufferedRandom) return Value();
  Buffered* b = static_cast<Buffered*>(v.o);
  return is_exact_fileio(b->raw) ? b->raw : Value();
}

void init_bufferedio_types() {
  IoTypes& io = io_types();
  io.BufferedReader = buffered_type("BufferedReader", reader_ctor);
  io.BufferedReader->slots.iternext = buf_iternext;
  add_slot_methods(io.BufferedReader);
  add_methods(io.BufferedReader, kReaderMethods);
  add_getsets(io.BufferedReader, kBufferedGetSets);

  io.BufferedWriter = buffered_type("BufferedWriter", writer_ctor);
  add_slot_methods(io.BufferedWriter);
  add_methods(io.BufferedWriter, kWriterMethods);
  add_getsets(io.BufferedWriter, kBufferedGetSets);

  io.BufferedRandom = buffered_type("BufferedRandom", random_ctor);
  io.BufferedRandom->slots.iternext = buf_iternext;
  add_slot_methods(io.BufferedRandom);
  add_methods(io.BufferedRandom, kRandomMethods);
  add_getsets(io.BufferedRandom, kBufferedGetSets);

  io.BufferedRWPair = new_io_type("BufferedRWPair", io.BufferedIOBase, Kind::Native);
  io.BufferedRWPair->ctor = pair_ctor;
  add_io_new(io.BufferedRWPair, make_pair);
  add_methods(io.BufferedRWPair, kPairMethods);
  add_getsets(io.BufferedRWPair, kPairGetSets);
}

}  // namespace coil::rt::io
