// _io.BytesIO: a binary stream over an in-memory buffer (CPython's
// Modules/_io/bytesio.c).
#pragma once
#include "stdlib/io/iobase.h"

namespace coil::rt {
struct ByteArray;
}

namespace coil::rt::io {

struct BytesIO : IOObject {
  // The contents, exactly as long as the stream; null once closed. A
  // bytearray, so that getbuffer() can hand out a writable memoryview whose
  // exports pin the size (BufferError while one is held).
  ByteArray* buf = nullptr;
  // May lie past the end: a write there pads with zero bytes.
  int64_t pos = 0;
  explicit BytesIO(TypeObject* t);
  void trace(Tracer& t) override;
};

void init_bytesio_type();

}  // namespace coil::rt::io
