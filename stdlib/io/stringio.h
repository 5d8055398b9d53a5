// _io.StringIO: a text stream over an in-memory buffer (CPython's
// Modules/_io/stringio.c).
#pragma once
#include <string>

#include "stdlib/io/iobase.h"
#include "stdlib/io/newlines.h"

namespace coil::rt::io {

struct StringIO : IOObject {
  // One code point per unit, so that positions (which count code points)
  // index it directly. Text comes and goes as coil's UTF-8 str.
  std::u32string buf;
  int64_t pos = 0;  // may lie past the end: a write there pads with '\0'
  bool ok = false;  // __init__ ran
  bool closed = false;
  // newline=None: universal and translated; '': universal, untranslated;
  // '\n', '\r', '\r\n': only that ends a line.
  bool readuniversal = false, readtranslate = false;
  bool has_readnl = false;
  std::u32string readnl;
  // '\r' or '\r\n' when newline is one of them: written '\n' become it.
  std::u32string writenl;
  // Universal mode translates (newline=None) or records (newline='')
  // newlines as they are written.
  bool has_decoder = false;
  NewlineDecoder decoder;
  explicit StringIO(TypeObject* t) : IOObject(t) {}
  size_t heap_size() const override { return sizeof(StringIO) + buf.capacity() * sizeof(char32_t); }
};

// The UTF-32 of coil's UTF-8 text and back.
std::u32string to_u32(std::string_view utf8);
std::string from_u32(const char32_t* s, size_t n);

void init_stringio_type();

}  // namespace coil::rt::io
