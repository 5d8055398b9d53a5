// Text over a binary stream (CPython's Modules/_io/textio.c):
// TextIOWrapper and IncrementalNewlineDecoder.
//
// The codecs are coil's own (runtime/codecs.h: utf-8, ascii, latin-1 under
// all their aliases); the incremental decoder below keeps an incomplete
// UTF-8 sequence between chunks and reports it as its state, as CPython's
// incremental decoders do, so that tell() and seek() build and read the
// same cookies as CPython's C implementation.
#pragma once
#include <cstdint>
#include <string>

#include "stdlib/io/iobase.h"
#include "stdlib/io/newlines.h"

namespace coil::rt::io {

// The encoding that encoding=None (or "locale") stands for: what CPython's
// locale.getencoding() says under the environment's LC_ALL/LC_CTYPE/LANG
// ("UTF-8" for a UTF-8 locale; "utf-8" in the C locale, where CPython runs
// in UTF-8 mode).
std::string locale_encoding();

// An incremental decoder for one of coil's codecs, with universal newlines
// on top when `universal`.
struct TextDecoder {
  std::string codec;   // canonical name (runtime/codecs.h)
  std::string errors;
  // An incomplete UTF-8 sequence at the end of the input so far.
  std::string pending;
  bool universal = false;
  NewlineDecoder nl;

  // The text decoded from pending + input (coil's UTF-8).
  std::string decode(std::string_view input, bool final);
  // (pending bytes, flags): flags is the newline decoder's pending \r.
  int64_t flags() const { return universal && nl.pendingcr ? 1 : 0; }
  void set_state(std::string bytes, int64_t flags);
  void reset() {
    pending.clear();
    nl.reset();
  }
};

struct TextIOWrapper : IOObject {
  bool ok = false;  // initialised and attached
  bool detached = false;
  int64_t chunk_size = 8192;
  Value buffer;    // the binary stream (Undef once detached)
  Value encoding;  // str, as given (or the locale's)
  Value errors;    // str
  // Whether the buffer was readable / writable when configured.
  bool has_decoder = false, has_encoder = false;
  TextDecoder decoder;
  std::string codec;  // canonical name, for encoding
  Value readnl;       // None or the newline str
  std::string writenl;  // what '\n' becomes on output; empty: itself
  bool line_buffering = false, write_through = false;
  bool readuniversal = false, readtranslate = false, writetranslate = false;
  bool seekable = false, has_read1 = false, telling = false;
  bool finalizing = false;
  // Decoded text (UTF-8; null in CPython when has_decoded_chars is false),
  // and the byte offset of what was not returned yet. Positions that
  // CPython counts in characters (tell's chars_to_skip, read(n)) are
  // counted off the UTF-8 when needed.
  bool has_decoded_chars = false;
  std::string decoded_chars;
  int64_t decoded_chars_used = 0;
  // Encoded text not yet handed to the buffer.
  std::string pending_bytes;
  // The point tell() reconstructs from: the decoder's flags there and the
  // input that follows it.
  bool has_snapshot = false;
  int64_t snapshot_flags = 0;
  std::string snapshot_input;
  double b2cratio = 0.0;
  // The FileIO under an exact buffered object, for quick closed checks.
  Value raw;
  explicit TextIOWrapper(TypeObject* t) : IOObject(t) {}
  void trace(Tracer& t) override;
  size_t heap_size() const override {
    return sizeof(TextIOWrapper) + decoded_chars.capacity() + pending_bytes.capacity() + snapshot_input.capacity();
  }
  void flush_unreachable() override;
};

// Python's IncrementalNewlineDecoder(decoder, translate, errors='strict'):
// the newline layer over another decoder (or over str input when decoder
// is None).
struct IncrementalNewlineDecoderObject : IOObject {
  Value decoder;  // Undef until __init__
  Value errors;
  NewlineDecoder nl;
  explicit IncrementalNewlineDecoderObject(TypeObject* t) : IOObject(t) {}
  void trace(Tracer& t) override;
};

void init_textio_types();

}  // namespace coil::rt::io
