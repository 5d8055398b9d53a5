// The buffered binary streams over a raw stream (CPython's
// Modules/_io/bufferedio.c): BufferedReader, BufferedWriter, BufferedRandom
// and BufferedRWPair.
//
// Reader, writer and random share one layout and one buffer, as CPython's
// do, so that reads and writes interleave without flushing and tell() and
// seek() agree with CPython's to the byte. The raw stream is called through
// its methods; a raw stream that is exactly a FileIO is driven directly.
#pragma once
#include <string>

#include "stdlib/io/iobase.h"

namespace coil::rt::io {

struct Buffered : IOObject {
  Value raw;  // Undef before __init__ and after detach()
  bool ok = false;        // initialised and attached
  bool detached = false;
  bool readable = false, writable = false;
  // The buffer: buffer_size bytes once __init__ ran. close() marks it gone
  // (has_buffer) but keeps the storage, since a raw method may run while a
  // native holds a position in it.
  std::string buffer;
  bool has_buffer = false;
  int64_t buffer_size = 0;
  int64_t buffer_mask = 0;  // buffer_size - 1 when a power of two, else 0
  // The raw stream's position, -1 when not known.
  int64_t abs_pos = -1;
  // The logical position in the buffer, and the raw stream's.
  int64_t pos = 0, raw_pos = 0;
  // Just after the last buffered byte, -1 when the buffer is not ready for
  // reading.
  int64_t read_end = -1;
  // Just after the last byte written to the raw stream, and just after the
  // last byte waiting to be (-1: not ready for writing).
  int64_t write_pos = 0, write_end = -1;
  explicit Buffered(TypeObject* t) : IOObject(t) {}
  void trace(Tracer& t) override;
  size_t heap_size() const override { return sizeof(Buffered) + buffer.capacity(); }
  void flush_unreachable() override;
};

// Writes out what b buffers when its raw stream is an exact FileIO, with
// plain system calls (no script code, no exceptions), and leaves the file
// position at b's logical position: false when it cannot (the collector's
// flush of a dead stream; see IOObject::flush_unreachable).
bool buffered_flush_quietly(Buffered* b);
// The descriptor under b when buffered_flush_quietly can use it, else -1.
int buffered_quiet_fd(Buffered* b);

struct BufferedRWPair : IOObject {
  Value reader, writer;  // a BufferedReader and a BufferedWriter
  explicit BufferedRWPair(TypeObject* t) : IOObject(t) {}
  void trace(Tracer& t) override;
};

// The exact built-in BufferedReader/Writer/Random whose raw stream is an
// exact FileIO: that FileIO, else Undef (TextIOWrapper's closed checks).
Value buffered_fast_raw(Value v);

void init_bufferedio_types();

}  // namespace coil::rt::io
