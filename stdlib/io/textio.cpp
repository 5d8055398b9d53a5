#include "stdlib/io/textio.h"

#include <gmp.h>
#include <unistd.h>

#include <cerrno>

#include <cstdlib>
#include <cstring>

#include "runtime/checked.h"
#include "runtime/codecs.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/numbers.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/descriptor.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/io/bufferedio.h"
#include "stdlib/io/fileio.h"

namespace coil::rt::io {

// ------------------------------------------------------------ newlines

std::string NewlineDecoder::decode(std::string output, bool final) {
  if (pendingcr && (final || !output.empty())) {
    output.insert(output.begin(), '\r');
    pendingcr = false;
  }
  // Keep a last \r back, so that readline() gets \r\n in one piece.
  if (!final && !output.empty() && output.back() == '\r') {
    output.pop_back();
    pendingcr = true;
  }
  if (output.empty()) return output;
  uint8_t seen = seennl;
  bool only_lf = (seen == kSeenLF || seen == 0) && output.find('\r') == std::string::npos;
  if (only_lf) {
    if (seen == 0 && output.find('\n') != std::string::npos) seen |= kSeenLF;
  } else if (!translate) {
    for (size_t i = 0; i < output.size() && seen != (kSeenCR | kSeenLF | kSeenCRLF); ++i) {
      char c = output[i];
      if (c == '\n') {
        seen |= kSeenLF;
      } else if (c == '\r') {
        if (i + 1 < output.size() && output[i + 1] == '\n') {
          seen |= kSeenCRLF;
          ++i;
        } else {
          seen |= kSeenCR;
        }
      }
    }
  } else {
    std::string translated;
    translated.reserve(output.size());
    for (size_t i = 0; i < output.size(); ++i) {
      char c = output[i];
      if (c == '\n') {
        seen |= kSeenLF;
      } else if (c == '\r') {
        if (i + 1 < output.size() && output[i + 1] == '\n') {
          ++i;
          seen |= kSeenCRLF;
        } else {
          seen |= kSeenCR;
        }
        c = '\n';
      }
      translated += c;
    }
    output.swap(translated);
  }
  seennl |= seen;
  return output;
}

Value NewlineDecoder::newlines() const {
  std::vector<Value> kinds;
  if (seennl & kSeenCR) kinds.push_back(str_value("\r"));
  if (seennl & kSeenLF) kinds.push_back(str_value("\n"));
  if (seennl & kSeenCRLF) kinds.push_back(str_value("\r\n"));
  if (kinds.empty()) return make_none();
  if (kinds.size() == 1) return kinds[0];
  return make_obj(new_tuple(std::move(kinds)));
}

// ------------------------------------------------------------ decoding

std::string TextDecoder::decode(std::string_view input, bool final) {
  std::string data = pending + std::string(input);
  size_t consumed = data.size();
  // A decoding error leaves the state as it was, as CPython's decoders do.
  std::string text = decode_to_utf8(data, codec, errors, final ? nullptr : &consumed);
  pending = data.substr(consumed);
  if (universal) text = nl.decode(std::move(text), final);
  return text;
}

void TextDecoder::set_state(std::string bytes, int64_t flags) {
  pending = std::move(bytes);
  if (universal) nl.pendingcr = flags & 1;
}

std::string locale_encoding() {
  const char* vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
  std::string loc;
  for (const char* v : vars) {
    const char* s = std::getenv(v);
    if (s && *s) {
      loc = s;
      break;
    }
  }
  if (loc.empty() || loc == "C" || loc == "POSIX") return "utf-8";
  return "UTF-8";
}

void TextIOWrapper::trace(Tracer& t) {
  IOObject::trace(t);
  t.mark(buffer);
  t.mark(encoding);
  t.mark(errors);
  t.mark(readnl);
  t.mark(raw);
}

void TextIOWrapper::flush_unreachable() {
  if (pending_bytes.empty() || !ok || !buffer.is_obj() || buffer.o->kind != Kind::Native) return;
  TypeObject* bt = buffer.o->type;
  if (bt != io_types().BufferedWriter && bt != io_types().BufferedRandom) return;
  Buffered* b = static_cast<Buffered*>(buffer.o);
  int fd = buffered_quiet_fd(b);
  if (fd < 0 || !buffered_flush_quietly(b)) return;
  const char* p = pending_bytes.data();
  size_t n = pending_bytes.size();
  while (n) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      break;
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
  pending_bytes.clear();
}

void IncrementalNewlineDecoderObject::trace(Tracer& t) {
  IOObject::trace(t);
  t.mark(decoder);
  t.mark(errors);
}

namespace {

// Code points of UTF-8 text: the bytes that do not continue a sequence.
int64_t count_chars(std::string_view s) {
  int64_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The byte offset n code points after `from` in s (its end when it has
// fewer); *counted says how many there were.
size_t advance_chars(const std::string& s, size_t from, int64_t n, int64_t* counted = nullptr) {
  size_t pos = from;
  int64_t got = 0;
  while (pos < s.size() && got < n) {
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
    ++got;
  }
  if (counted) *counted = got;
  return pos;
}

// ------------------------------------------------------------ IncrementalNewlineDecoder

IncrementalNewlineDecoderObject* self_nld(Args& a) { return static_cast<IncrementalNewlineDecoderObject*>(a.v[0].o); }

Value nld_init(Args& a) {
  Value v[3];
  bind_keyword_args(a, "IncrementalNewlineDecoder", {"decoder", "translate", "errors"}, v);
  if (v[0].is_undef())
    raise(exc_types().TypeError, "IncrementalNewlineDecoder() missing required argument 'decoder' (pos 1)");
  if (v[1].is_undef())
    raise(exc_types().TypeError, "IncrementalNewlineDecoder() missing required argument 'translate' (pos 2)");
  IncrementalNewlineDecoderObject* d = self_nld(a);
  int translate = as_c_int(v[1]);
  d->decoder = v[0];
  d->errors = v[2].is_undef() ? str_value("strict") : v[2];
  d->nl = NewlineDecoder();
  d->nl.translate = translate != 0;
  return make_none();
}

Value make_nld(TypeObject* t) { return make_obj(heap().make<IncrementalNewlineDecoderObject>(t)); }
Value nld_ctor(Args& a) { return construct(io_types().IncrementalNewlineDecoder, a, nld_init); }

void check_nld(IncrementalNewlineDecoderObject* d) {
  if (d->decoder.is_undef()) raise(exc_types().ValueError, "IncrementalNewlineDecoder.__init__() not called");
}

Value check_decoded(Value decoded) {
  if (!is_str(decoded))
    raise(exc_types().TypeError, "decoder should return a string result, not '" + type_name(decoded) + "'");
  return decoded;
}

Value nld_decode_value(IncrementalNewlineDecoderObject* d, Value input, bool final) {
  check_nld(d);
  Value output;
  if (!d->decoder.is_none()) {
    Value args[2] = {input, make_bool(final)};
    output = call_method(d->decoder, COIL_NAME("decode"), args, 2);
  } else {
    output = input;
  }
  check_decoded(output);
  std::string text = d->nl.decode(as_str(output)->s, final);
  return str_value(text);
}

Value nld_decode(Args& a) {
  Value v[2];
  bind_keyword_args(a, "decode", {"input", "final"}, v);
  if (v[0].is_undef()) raise(exc_types().TypeError, "decode() missing required argument 'input' (pos 1)");
  bool final = !v[1].is_undef() && as_c_int(v[1]) != 0;
  return nld_decode_value(self_nld(a), v[0], final);
}

Value nld_getstate(Args& a) {
  IncrementalNewlineDecoderObject* d = self_nld(a);
  check_nld(d);
  Rooted buffer;
  int64_t flag = 0;
  if (!d->decoder.is_none()) {
    Value state = call_method0(d->decoder, "getstate");
    if (!kind_is(state, Kind::Tuple) || as<Tuple>(state)->size() != 2)
      raise(exc_types().TypeError, "illegal decoder state");
    buffer.set(as<Tuple>(state)->items[0]);
    flag = as_ssize(as<Tuple>(state)->items[1]);
  } else {
    buffer.set(bytes_value(""));
  }
  flag <<= 1;
  if (d->nl.pendingcr) flag |= 1;
  return make_obj(new_tuple({buffer.get(), make_int(flag)}));
}

Value nld_setstate(Args& a) {
  IncrementalNewlineDecoderObject* d = self_nld(a);
  check_nld(d);
  Value state = a.v[1];
  if (!kind_is(state, Kind::Tuple) || as<Tuple>(state)->size() != 2)
    raise(exc_types().TypeError, "state argument must be a tuple");
  Value buffer = as<Tuple>(state)->items[0];
  int64_t flag = as_ssize(as<Tuple>(state)->items[1]);
  d->nl.pendingcr = flag & 1;
  flag >>= 1;
  if (!d->decoder.is_none()) {
    Rooted inner(make_obj(new_tuple({buffer, make_int(flag)})));
    return call_method1(d->decoder, "setstate", inner.get());
  }
  return make_none();
}

Value nld_reset(Args& a) {
  IncrementalNewlineDecoderObject* d = self_nld(a);
  check_nld(d);
  d->nl.seennl = 0;
  d->nl.pendingcr = false;
  if (!d->decoder.is_none()) return call_method0(d->decoder, "reset");
  return make_none();
}

Value nld_newlines_get(Value self) {
  IncrementalNewlineDecoderObject* d = static_cast<IncrementalNewlineDecoderObject*>(self.o);
  check_nld(d);
  return d->nl.newlines();
}

const MethodDef kNldMethods[] = {
    {"__init__", nld_init, ArgSpec::Any},
    {"decode", nld_decode, ArgSpec::Any},
    {"getstate", nld_getstate, ArgSpec::NoArgs},
    {"setstate", nld_setstate, ArgSpec::One},
    {"reset", nld_reset, ArgSpec::NoArgs},
};

const GetSetDef kNldGetSets[] = {
    {"newlines", nld_newlines_get},
};

// ------------------------------------------------------------ TextIOWrapper: state

TextIOWrapper* self_tw(Args& a) { return static_cast<TextIOWrapper*>(a.v[0].o); }

void check_initialized(const TextIOWrapper* t) {
  if (t->ok) return;
  if (t->detached) raise(exc_types().ValueError, "underlying buffer has been detached");
  raise(exc_types().ValueError, "I/O operation on uninitialized object");
}

bool is_closed(TextIOWrapper* t, Value self) {
  if (self.o->type == io_types().TextIOWrapper) {
    if (!t->raw.is_undef()) return static_cast<FileIO*>(t->raw.o)->fd < 0;
    return attr_closed(t->buffer);
  }
  return truthy(getattr(self, COIL_NAME("closed")));
}

void check_closed(TextIOWrapper* t, Value self) {
  if (is_closed(t, self)) raise_closed();
}

void set_decoded_chars(TextIOWrapper* t, std::string chars) {
  t->decoded_chars = std::move(chars);
  t->has_decoded_chars = true;
  t->decoded_chars_used = 0;
}

void clear_decoded_chars(TextIOWrapper* t) {
  t->decoded_chars.clear();
  t->has_decoded_chars = false;
  t->decoded_chars_used = 0;
}

// The next n decoded characters (all that remain when n < 0); *count says
// how many there were.
std::string get_decoded_chars(TextIOWrapper* t, int64_t n, int64_t* count = nullptr) {
  if (!t->has_decoded_chars) {
    if (count) *count = 0;
    return {};
  }
  size_t from = static_cast<size_t>(t->decoded_chars_used);
  size_t to;
  if (n < 0) {
    to = t->decoded_chars.size();
    if (count) *count = count_chars(std::string_view(t->decoded_chars).substr(from));
  } else {
    to = advance_chars(t->decoded_chars, from, n, count);
  }
  t->decoded_chars_used = static_cast<int64_t>(to);
  return t->decoded_chars.substr(from, to - from);
}

void set_newline(TextIOWrapper* t, Str* newline) {
  t->readnl = newline ? make_obj(newline) : make_none();
  bool empty = newline && newline->s.empty();
  t->readuniversal = !newline || empty;
  t->readtranslate = !newline;
  t->writetranslate = !newline || !empty;
  t->writenl.clear();
  if (!t->readuniversal && newline && newline->s != "\n") t->writenl = newline->s;
}

void validate_newline(Str* newline) {
  if (!newline) return;
  const std::string& s = newline->s;
  if (!s.empty() && s != "\n" && s != "\r" && s != "\r\n")
    raise(exc_types().ValueError, "illegal newline value: " + s);
}

// Builds the decoder and the encoder, as the buffer can read and write.
void set_codec(TextIOWrapper* t, const std::string& codec, const std::string& errors) {
  Value r = call_method0(t->buffer, "readable");
  t->has_decoder = truthy(r);
  if (t->has_decoder) {
    t->decoder = TextDecoder();
    t->decoder.codec = codec;
    t->decoder.errors = errors;
    t->decoder.universal = t->readuniversal;
    t->decoder.nl.translate = t->readtranslate;
  }
  Value w = call_method0(t->buffer, "writable");
  t->has_encoder = truthy(w);
  t->codec = codec;
}

void writeflush(TextIOWrapper* t) {
  if (t->pending_bytes.empty()) return;
  Rooted b(bytes_value(std::move(t->pending_bytes)));
  t->pending_bytes.clear();
  call_method1(t->buffer, "write", b.get());
}

std::string encode(TextIOWrapper* t, Str* text) {
  if (text->ascii) return text->s;
  return encode_text(text->s, t->codec, as_str(t->errors)->s);
}

// ------------------------------------------------------------ __init__

bool int_flag(Value v) { return !v.is_undef() && as_c_int(v) != 0; }

Value tw_init(Args& a) {
  Value v[6];
  bind_keyword_args(a, "TextIOWrapper", {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"},
                    v);
  if (v[0].is_undef()) raise(exc_types().TypeError, "TextIOWrapper() missing required argument 'buffer' (pos 1)");
  TextIOWrapper* t = self_tw(a);
  t->ok = false;
  t->detached = false;
  Value buffer = v[0];
  Str* encoding = optional_str(v[1], "TextIOWrapper", "encoding");
  Value errors = v[2];
  if (errors.is_undef() || errors.is_none()) {
    errors = str_value("strict");
  } else if (!is_str(errors)) {
    raise(exc_types().TypeError, "TextIOWrapper() argument 'errors' must be str or None, not " + type_name(errors));
  }
  Rooted keep_errors(errors);
  Str* newline = optional_str(v[3], "TextIOWrapper", "newline");
  bool line_buffering = int_flag(v[4]);
  bool write_through = int_flag(v[5]);
  validate_newline(newline);

  t->buffer = Value();
  t->encoding = Value();
  t->raw = Value();
  clear_decoded_chars(t);
  t->pending_bytes.clear();
  t->has_snapshot = false;
  t->snapshot_input.clear();
  t->b2cratio = 0.0;

  Value enc = encoding && encoding->s != "locale" ? make_obj(encoding) : str_value(locale_encoding());
  std::string codec = codec_canonical_name(as_str(enc)->s);
  t->encoding = enc;
  t->errors = errors;
  t->chunk_size = 8192;
  t->line_buffering = line_buffering;
  t->write_through = write_through;
  set_newline(t, newline);
  t->buffer = buffer;
  set_codec(t, codec, as_str(errors)->s);
  t->raw = buffered_fast_raw(buffer);
  Value s = call_method0(buffer, "seekable");
  t->seekable = t->telling = truthy(s);
  t->has_read1 = !getattr_opt(buffer, COIL_NAME("read1")).is_undef();
  t->ok = true;
  return make_none();
}

Value make_tw(TypeObject* t) {
  TextIOWrapper* w = heap().make<TextIOWrapper>(t);
  track_for_close(w);
  return make_obj(w);
}
Value tw_ctor(Args& a) { return construct(io_types().TextIOWrapper, a, tw_init); }

// ------------------------------------------------------------ reading

// Reads and decodes the next chunk into decoded_chars: false at the end of
// the stream (with nothing decoded).
bool read_chunk(TextIOWrapper* t, int64_t size_hint) {
  if (!t->has_decoder) raise_unsupported("not readable");
  std::string dec_buffer;
  int64_t dec_flags = 0;
  if (t->telling) {
    dec_buffer = t->decoder.pending;
    dec_flags = t->decoder.flags();
  }
  if (size_hint > 0) size_hint = static_cast<int64_t>(std::max(t->b2cratio, 1.0) * static_cast<double>(size_hint));
  int64_t chunk = std::max(t->chunk_size, size_hint);
  Value input = call_method1(t->buffer, t->has_read1 ? "read1" : "read", make_int(chunk));
  std::string scratch;
  std::string_view view;
  if (!get_buffer(input, &view, &scratch))
    raise(exc_types().TypeError, std::string("underlying ") + (t->has_read1 ? "read1" : "read") +
                                     "() should have returned a bytes-like object, not '" + type_name(input) + "'");
  std::string chunk_bytes(view);
  bool eof = chunk_bytes.empty();
  std::string decoded = t->decoder.decode(chunk_bytes, eof);
  int64_t nchars = count_chars(decoded);
  set_decoded_chars(t, std::move(decoded));
  t->b2cratio = nchars > 0 ? static_cast<double>(chunk_bytes.size()) / static_cast<double>(nchars) : 0.0;
  if (nchars > 0) eof = false;
  if (t->telling) {
    t->has_snapshot = true;
    t->snapshot_flags = dec_flags;
    t->snapshot_input = dec_buffer + chunk_bytes;
  }
  return !eof;
}

Value readline(TextIOWrapper* t, Value self, int64_t limit) {
  check_closed(t, self);
  writeflush(t);
  std::string_view readnl;
  if (!t->readnl.is_none()) readnl = as_str(t->readnl)->s;
  // The line so far: chunks put aside, then text carried over from the
  // previous chunk (remaining), then the current chunk (*line from start).
  // Offsets are in bytes; chunked and limit count characters.
  std::string chunks, remaining, joined;
  const std::string* line = nullptr;
  bool have_remaining = false;
  int64_t start = 0, endpos = 0, offset_to_buffer = 0, chunked = 0;
  for (;;) {
    bool more = true;
    while (!t->has_decoded_chars || t->decoded_chars.empty()) {
      more = read_chunk(t, 0);
      if (!more) break;
    }
    if (!more) {
      clear_decoded_chars(t);
      t->has_snapshot = false;
      break;
    }
    if (!have_remaining) {
      line = &t->decoded_chars;
      start = t->decoded_chars_used;
      offset_to_buffer = 0;
    } else {
      joined = remaining + t->decoded_chars;
      line = &joined;
      start = 0;
      offset_to_buffer = static_cast<int64_t>(remaining.size());
      remaining.clear();
      have_remaining = false;
    }
    int64_t line_len = static_cast<int64_t>(line->size());
    int64_t consumed = 0;
    endpos = find_line_ending<char>(t->readtranslate, t->readuniversal, readnl.data(), readnl.size(),
                                    line->data() + start, line->data() + line_len, &consumed);
    bool found = endpos >= 0;
    endpos = found ? endpos + start : consumed + start;
    if (limit >= 0) {
      int64_t seg = count_chars(std::string_view(*line).substr(static_cast<size_t>(start),
                                                               static_cast<size_t>(endpos - start)));
      if (seg + chunked >= limit) {
        endpos = static_cast<int64_t>(advance_chars(*line, static_cast<size_t>(start), limit - chunked));
        break;
      }
      if (!found) chunked += seg;
    }
    if (found) break;
    if (endpos > start) chunks.append(*line, static_cast<size_t>(start), static_cast<size_t>(endpos - start));
    // What follows may end up the start of the next chunk's line.
    if (endpos < line_len) {
      remaining = line->substr(static_cast<size_t>(endpos));
      have_remaining = true;
    }
    line = nullptr;
    clear_decoded_chars(t);
  }
  if (line) {
    t->decoded_chars_used = endpos - offset_to_buffer;
    std::string_view piece = std::string_view(*line).substr(static_cast<size_t>(start),
                                                            static_cast<size_t>(endpos - start));
    if (chunks.empty()) return str_value(piece);
    chunks.append(piece);
  } else if (have_remaining) {
    chunks += remaining;
  }
  return str_value(chunks);
}

// ------------------------------------------------------------ cookies

// tell()'s cookie, as CPython's C implementation packs it: the start
// position (8 bytes), then the decoder flags, the bytes to feed and the
// characters to skip (4 bytes each), then the EOF flag, little-endian.
struct Cookie {
  int64_t start_pos = 0;
  int32_t dec_flags = 0, bytes_to_feed = 0, chars_to_skip = 0;
  uint8_t need_eof = 0;
};

Value build_cookie(const Cookie& c) {
  if (c.dec_flags == 0 && c.bytes_to_feed == 0 && c.chars_to_skip == 0 && c.need_eof == 0 && c.start_pos >= 0)
    return make_int(c.start_pos);
  unsigned char buf[21];
  uint64_t sp = static_cast<uint64_t>(c.start_pos);
  for (int i = 0; i < 8; ++i) buf[i] = static_cast<unsigned char>(sp >> (8 * i));
  uint32_t parts[3] = {static_cast<uint32_t>(c.dec_flags), static_cast<uint32_t>(c.bytes_to_feed),
                       static_cast<uint32_t>(c.chars_to_skip)};
  for (int p = 0; p < 3; ++p)
    for (int i = 0; i < 4; ++i) buf[8 + 4 * p + i] = static_cast<unsigned char>(parts[p] >> (8 * i));
  buf[20] = c.need_eof;
  mpz_t z;
  mpz_init(z);
  mpz_import(z, sizeof buf, -1, 1, 0, 0, buf);
  Value v = int_from_mpz(z);
  mpz_clear(z);
  return v;
}

Cookie parse_cookie(Value v) {
  Cookie c;
  unsigned char buf[21] = {0};
  if (v.is_int() || v.is_bool()) {
    int64_t x = v.is_int() ? v.i : v.b;
    uint64_t u = static_cast<uint64_t>(x);
    for (int i = 0; i < 8; ++i) buf[i] = static_cast<unsigned char>(u >> (8 * i));
  } else if (kind_is(v, Kind::BigInt)) {
    mpz_srcptr z = as<BigInt>(v)->z;
    size_t count = (mpz_sizeinbase(z, 2) + 7) / 8;
    if (count > sizeof buf) raise(exc_types().OverflowError, "int too big to convert");
    mpz_export(buf, nullptr, -1, 1, 0, 0, z);
  } else {
    Value i = index_or_undef(v);
    if (i.is_undef()) raise(exc_types().TypeError, "an integer is required");
    return parse_cookie(i);
  }
  uint64_t sp = 0;
  for (int i = 0; i < 8; ++i) sp |= static_cast<uint64_t>(buf[i]) << (8 * i);
  c.start_pos = static_cast<int64_t>(sp);
  int32_t* parts[3] = {&c.dec_flags, &c.bytes_to_feed, &c.chars_to_skip};
  for (int p = 0; p < 3; ++p) {
    uint32_t u = 0;
    for (int i = 0; i < 4; ++i) u |= static_cast<uint32_t>(buf[8 + 4 * p + i]) << (8 * i);
    *parts[p] = static_cast<int32_t>(u);
  }
  c.need_eof = buf[20];
  return c;
}

void decoder_setstate(TextIOWrapper* t, const Cookie& c) {
  // At the start of the stream, reset() rather than a state.
  if (c.start_pos == 0 && c.dec_flags == 0) t->decoder.reset();
  else t->decoder.set_state("", c.dec_flags);
}

// ------------------------------------------------------------ methods

Value tw_detach(Args& a) {
  TextIOWrapper* t = self_tw(a);
  check_initialized(t);
  call_method0(a.v[0], "flush");
  Value buffer = t->buffer;
  t->buffer = Value();
  t->detached = true;
  t->ok = false;
  return buffer;
}

Value tw_write(Args& a) {
  TextIOWrapper* t = self_tw(a);
  check_initialized(t);
  Value text = a.v[1];
  if (!is_str(text)) raise(exc_types().TypeError, "write() argument must be str, not " + type_name(text));
  check_closed(t, a.v[0]);
  if (!t->has_encoder) raise_unsupported("not writable");
  Str* s = as_str(text);
  int64_t text_len = s->length;
  bool haslf = false;
  if ((t->writetranslate && !t->writenl.empty()) || t->line_buffering)
    haslf = s->s.find('\n') != std::string::npos;
  Rooted keep;
  if (haslf && t->writetranslate && !t->writenl.empty()) {
    std::string replaced;
    for (char c : s->s) {
      if (c == '\n') replaced += t->writenl;
      else replaced += c;
    }
    keep.set(str_value(replaced));
    s = as_str(keep.get());
  }
  bool needflush = t->line_buffering && (haslf || s->s.find('\r') != std::string::npos);
  std::string b = encode(t, s);
  t->pending_bytes += b;
  if (static_cast<int64_t>(t->pending_bytes.size()) >= t->chunk_size || needflush || t->write_through) writeflush(t);
  if (needflush) call_method0(t->buffer, "flush");
  clear_decoded_chars(t);
  t->has_snapshot = false;
  if (t->has_decoder) t->decoder.reset();
  return make_int(text_len);
}

Value tw_read(Args& a) {
  TextIOWrapper* t = self_tw(a);
  check_initialized(t);
  int64_t n = optional_size(a.n > 1 ? a.v[1] : Value());
  check_closed(t, a.v[0]);
  if (!t->has_decoder) raise_unsupported("not readable");
  writeflush(t);
  if (n < 0) {
    Value bytes = call_method0(t->buffer, "read");
    std::string scratch;
    std::string_view view;
    if (!get_buffer(bytes, &view, &scratch))
      raise(exc_types().TypeError, "a bytes-like object is required, not '" + type_name(bytes) + "'");
    std::string decoded = t->decoder.decode(view, true);
    std::string result = get_decoded_chars(t, -1);
    result += decoded;
    clear_decoded_chars(t);
    t->has_snapshot = false;
    return str_value(result);
  }
  int64_t got = 0;
  std::string result = get_decoded_chars(t, n, &got);
  int64_t remaining = n - got;
  while (remaining > 0) {
    if (!read_chunk(t, remaining)) break;
    result += get_decoded_chars(t, remaining, &got);
    remaining -= got;
  }
  return str_value(result);
}

Value tw_readline(Args& a) {
  TextIOWrapper* t = self_tw(a);
  int64_t size = a.n > 1 ? as_ssize(a.v[1]) : -1;
  check_initialized(t);
  return readline(t, a.v[0], size);
}

Value tw_flush(Args& a) {
  TextIOWrapper* t = self_tw(a);
  check_initialized(t);
  check_closed(t, a.v[0]);
  t->telling = t->seekable;
  writeflush(t);
  return call_method0(t->buffer, "flush");
}

Value tw_close(Args& a) {
  TextIOWrapper* t = self_tw(a);
  Value self = a.v[0];
  check_initialized(t);
  if (truthy(getattr(self, COIL_NAME("closed")))) return make_none();
  Rooted flush_error;
  try {
    call_method0(self, "flush");
  } catch (PyError& e) {
    flush_error.set(e.exc);
  }
  try {
    call_method0(t->buffer, "close");
  } catch (PyError& e) {
    if (!flush_error.get().is_undef() && kind_is(e.exc, Kind::Exception))
      as<Exception>(e.exc)->context = flush_error.get();
    throw;
  }
  if (!flush_error.get().is_undef()) raise_value(flush_error.get());
  return make_none();
}

Value forward0(Args& a, const char* name) {
  TextIOWrapper* t = self_tw(a);
  check_initialized(t);
  return call_method0(t->buffer, name);
}

Value tw_fileno(Args& a) { return forward0(a, "fileno"); }
Value tw_seekable(Args& a) { return forward0(a, "seekable"); }
Value tw_readable(Args& a) { return forward0(a, "readable"); }
Value tw_writable(Args& a) { return forward0(a, "writable"); }
Value tw_isatty(Args& a) { return forward0(a, "isatty"); }

Value tw_tell(Args& a) {
  TextIOWrapper* t = self_tw(a);
  Value self = a.v[0];
  check_initialized(t);
  check_closed(t, self);
  if (!t->seekable) raise_unsupported("underlying stream is not seekable");
  if (!t->telling) raise(exc_types().OSError, "telling position disabled by next() call");
  writeflush(t);
  call_method0(self, "flush");
  Value posobj = call_method0(t->buffer, "tell");
  if (!t->has_decoder || !t->has_snapshot) return posobj;
  Cookie cookie;
  cookie.start_pos = as_ssize(posobj);
  cookie.dec_flags = static_cast<int32_t>(t->snapshot_flags);
  const std::string next_input = t->snapshot_input;
  cookie.start_pos -= static_cast<int64_t>(next_input.size());
  if (t->decoded_chars_used == 0) return build_cookie(cookie);
  int64_t chars_to_skip = count_chars(std::string_view(t->decoded_chars).substr(0, t->decoded_chars_used));
  // The decoder's state is restored at the end.
  std::string saved_pending = t->decoder.pending;
  int64_t saved_flags = t->decoder.flags();
  TextDecoder& dec = t->decoder;
  auto restore = [&] { dec.set_state(saved_pending, saved_flags); };
  try {
    // Fast search for an acceptable start point, close to the current pos.
    int64_t skip_bytes = static_cast<int64_t>(t->b2cratio * static_cast<double>(chars_to_skip));
    int64_t skip_back = 1;
    while (skip_bytes > 0) {
      decoder_setstate(t, cookie);
      int64_t decoded =
          count_chars(dec.decode(std::string_view(next_input).substr(0, static_cast<size_t>(skip_bytes)), false));
      if (decoded <= chars_to_skip) {
        if (dec.pending.empty()) {
          // Before the position and nothing buffered in the decoder: OK.
          cookie.dec_flags = static_cast<int32_t>(dec.flags());
          chars_to_skip -= decoded;
          break;
        }
        skip_bytes -= static_cast<int64_t>(dec.pending.size());
        skip_back = 1;
      } else {
        skip_bytes -= skip_back;
        skip_back *= 2;
      }
    }
    if (skip_bytes <= 0) {
      skip_bytes = 0;
      decoder_setstate(t, cookie);
    }
    cookie.start_pos += skip_bytes;
    cookie.chars_to_skip = static_cast<int32_t>(chars_to_skip);
    if (chars_to_skip != 0) {
      // Feed the decoder a byte at a time, noting the nearest safe start
      // point (nothing buffered in the decoder) before the position.
      int64_t chars_decoded = 0;
      size_t input = static_cast<size_t>(skip_bytes);
      size_t input_end = next_input.size();
      while (input < input_end) {
        int64_t n = count_chars(dec.decode(std::string_view(next_input).substr(input, 1), false));
        chars_decoded += n;
        cookie.bytes_to_feed += 1;
        if (dec.pending.empty() && chars_decoded <= chars_to_skip) {
          cookie.start_pos += cookie.bytes_to_feed;
          chars_to_skip -= chars_decoded;
          cookie.dec_flags = static_cast<int32_t>(dec.flags());
          cookie.bytes_to_feed = 0;
          chars_decoded = 0;
        }
        if (chars_decoded >= chars_to_skip) break;
        ++input;
      }
      if (input == input_end) {
        // Not enough decoded data: signal EOF to get more.
        chars_decoded += count_chars(dec.decode("", true));
        cookie.need_eof = 1;
        if (chars_decoded < chars_to_skip) raise(exc_types().OSError, "can't reconstruct logical file position");
      }
    }
  } catch (PyError&) {
    restore();
    throw;
  }
  restore();
  cookie.chars_to_skip = static_cast<int32_t>(chars_to_skip);
  return build_cookie(cookie);
}

Value tw_seek(Args& a) {
  TextIOWrapper* t = self_tw(a);
  Value self = a.v[0];
  Rooted cookie_obj(a.v[1]);
  int whence = a.n > 2 ? as_c_int(a.v[2]) : 0;
  check_initialized(t);
  check_closed(t, self);
  if (!t->seekable) raise_unsupported("underlying stream is not seekable");
  switch (whence) {
    case 1:
      if (!compare_bool(kCmpEq, cookie_obj.get(), make_int(0))) raise_unsupported("can't do nonzero cur-relative seeks");
      // Seeking to the current position syncs the buffer with it.
      cookie_obj.set(call_method0(self, "tell"));
      break;
    case 2: {
      if (!compare_bool(kCmpEq, cookie_obj.get(), make_int(0))) raise_unsupported("can't do nonzero end-relative seeks");
      call_method0(self, "flush");
      clear_decoded_chars(t);
      t->has_snapshot = false;
      if (t->has_decoder) t->decoder.reset();
      Value args[2] = {make_int(0), make_int(2)};
      return call_method(t->buffer, COIL_NAME("seek"), args, 2);
    }
    case 0: break;
    default: raisef(exc_types().ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
  }
  if (compare_bool(kCmpLt, cookie_obj.get(), make_int(0)))
    raise(exc_types().ValueError, "negative seek position " + repr(cookie_obj.get()));
  call_method0(self, "flush");
  Cookie cookie = parse_cookie(cookie_obj.get());
  call_method1(t->buffer, "seek", make_int(cookie.start_pos));
  clear_decoded_chars(t);
  t->has_snapshot = false;
  if (t->has_decoder) decoder_setstate(t, cookie);
  if (cookie.chars_to_skip) {
    // As read_chunk does: feed the decoder and take a snapshot.
    Value input = call_method1(t->buffer, "read", make_int(cookie.bytes_to_feed));
    if (!kind_is(input, Kind::Bytes))
      raise(exc_types().TypeError,
            "underlying read() should have returned a bytes object, not '" + type_name(input) + "'");
    std::string chunk = as<Bytes>(input)->data;
    t->has_snapshot = true;
    t->snapshot_flags = cookie.dec_flags;
    t->snapshot_input = chunk;
    if (!t->has_decoder) raise_unsupported("not readable");
    set_decoded_chars(t, t->decoder.decode(chunk, cookie.need_eof != 0));
    int64_t available = 0;
    size_t skip = advance_chars(t->decoded_chars, 0, cookie.chars_to_skip, &available);
    if (available < cookie.chars_to_skip) raise(exc_types().OSError, "can't restore logical file position");
    t->decoded_chars_used = static_cast<int64_t>(skip);
  } else {
    t->has_snapshot = true;
    t->snapshot_flags = cookie.dec_flags;
    t->snapshot_input.clear();
  }
  return cookie_obj.get();
}

Value tw_truncate(Args& a) {
  TextIOWrapper* t = self_tw(a);
  check_initialized(t);
  call_method0(a.v[0], "flush");
  return call_method1(t->buffer, "truncate", a.n > 1 ? a.v[1] : make_none());
}

bool optional_bool(Value v, bool dflt) { return v.is_undef() || v.is_none() ? dflt : truthy(v); }

Value tw_reconfigure(Args& a) {
  TextIOWrapper* t = self_tw(a);
  if (a.n > 1) raise(exc_types().TypeError, "reconfigure() takes no positional arguments");
  Value v[5];
  bind_keyword_args(a, "reconfigure", {"encoding", "errors", "newline", "line_buffering", "write_through"}, v);
  Value encoding = v[0].is_undef() ? make_none() : v[0];
  Value errors = v[1].is_undef() ? make_none() : v[1];
  bool newline_given = !v[2].is_undef();
  if (!encoding.is_none() && !is_str(encoding))
    raise(exc_types().TypeError, "reconfigure() argument 'encoding' must be str or None, not " + type_name(encoding));
  if (!errors.is_none() && !is_str(errors))
    raise(exc_types().TypeError, "reconfigure() argument 'errors' must be str or None, not " + type_name(errors));
  check_initialized(t);
  if (t->has_decoded_chars && (!encoding.is_none() || !errors.is_none() || newline_given))
    raise_unsupported("It is not possible to set the encoding or newline of stream after the first read");
  Str* newline = nullptr;
  if (newline_given && !v[2].is_none()) {
    if (!is_str(v[2]))
      raise(exc_types().TypeError, "reconfigure() argument 'newline' must be str or None, not " + type_name(v[2]));
    newline = as_str(v[2]);
    validate_newline(newline);
  }
  bool line_buffering = optional_bool(v[3], t->line_buffering);
  bool write_through = optional_bool(v[4], t->write_through);
  call_method0(a.v[0], "flush");
  t->b2cratio = 0;
  if (newline_given) set_newline(t, newline);
  if (!encoding.is_none() || !errors.is_none() || newline_given) {
    Rooted enc(encoding), err(errors);
    if (encoding.is_none()) {
      enc.set(t->encoding);
      if (errors.is_none()) err.set(t->errors);
    } else {
      if (as_str(encoding)->s == "locale") enc.set(str_value(locale_encoding()));
      if (errors.is_none()) err.set(str_value("strict"));
    }
    std::string codec = codec_canonical_name(as_str(enc.get())->s);
    set_codec(t, codec, as_str(err.get())->s);
    t->encoding = enc.get();
    t->errors = err.get();
  }
  t->line_buffering = line_buffering;
  t->write_through = write_through;
  return make_none();
}

std::string tw_repr(Value self) {
  TextIOWrapper* t = static_cast<TextIOWrapper*>(self.o);
  std::string res = "<_io.TextIOWrapper";
  Value name;
  try {
    name = getattr_opt(self, COIL_NAME("name"));
  } catch (PyError& e) {
    if (!exception_matches(e.exc, make_obj(exc_types().ValueError))) throw;
  }
  if (!name.is_undef()) res += " name=" + repr(name);
  Value mode = getattr_opt(self, COIL_NAME("mode"));
  if (!mode.is_undef()) res += " mode=" + repr(mode);
  res += " encoding=" + (t->encoding.is_undef() ? std::string("None") : repr(t->encoding)) + ">";
  return res;
}

Value tw_iternext(Value self) {
  TextIOWrapper* t = static_cast<TextIOWrapper*>(self.o);
  check_initialized(t);
  t->telling = false;
  Value line;
  if (self.o->type == io_types().TextIOWrapper) {
    line = readline(t, self, -1);
  } else {
    line = call_method0(self, "readline");
    if (!is_str(line))
      raise(exc_types().OSError, "readline() should have returned a str object, not '" + type_name(line) + "'");
  }
  if (as_str(line)->length == 0) {
    t->has_snapshot = false;
    t->telling = t->seekable;
    return Value();
  }
  return line;
}

Value tw_encoding_get(Value self) {
  Value e = static_cast<TextIOWrapper*>(self.o)->encoding;
  return e.is_undef() ? make_none() : e;
}

Value tw_buffer_get(Value self) {
  Value b = static_cast<TextIOWrapper*>(self.o)->buffer;
  return b.is_undef() ? make_none() : b;
}

Value tw_line_buffering_get(Value self) { return make_bool(static_cast<TextIOWrapper*>(self.o)->line_buffering); }
Value tw_write_through_get(Value self) { return make_bool(static_cast<TextIOWrapper*>(self.o)->write_through); }
Value tw_finalizing_get(Value self) { return make_bool(static_cast<TextIOWrapper*>(self.o)->finalizing); }
void tw_finalizing_set(Value self, Value v) { static_cast<TextIOWrapper*>(self.o)->finalizing = truthy(v); }

Value tw_name_get(Value self) {
  TextIOWrapper* t = static_cast<TextIOWrapper*>(self.o);
  check_initialized(t);
  return getattr(t->buffer, COIL_NAME("name"));
}

Value tw_closed_get(Value self) {
  TextIOWrapper* t = static_cast<TextIOWrapper*>(self.o);
  check_initialized(t);
  return getattr(t->buffer, COIL_NAME("closed"));
}

Value tw_newlines_get(Value self) {
  TextIOWrapper* t = static_cast<TextIOWrapper*>(self.o);
  check_initialized(t);
  if (!t->has_decoder || !t->decoder.universal) return make_none();
  return t->decoder.nl.newlines();
}

Value tw_errors_get(Value self) {
  TextIOWrapper* t = static_cast<TextIOWrapper*>(self.o);
  check_initialized(t);
  return t->errors;
}

Value tw_chunk_size_get(Value self) {
  TextIOWrapper* t = static_cast<TextIOWrapper*>(self.o);
  check_initialized(t);
  return make_int(t->chunk_size);
}

void tw_chunk_size_set(Value self, Value v) {
  TextIOWrapper* t = static_cast<TextIOWrapper*>(self.o);
  check_initialized(t);
  if (v.is_undef()) raise(exc_types().AttributeError, "cannot delete attribute");
  int64_t n = as_ssize(v);
  if (n <= 0) raise(exc_types().ValueError, "a strictly positive integer is required");
  t->chunk_size = n;
}

const MethodDef kTextIOWrapperMethods[] = {
    {"__init__", tw_init, ArgSpec::Any},
    {"detach", tw_detach, ArgSpec::NoArgs},
    {"reconfigure", tw_reconfigure, ArgSpec::Any},
    {"write", tw_write, ArgSpec::One},
    {"read", tw_read, ArgSpec::Range, 0, 1},
    {"readline", tw_readline, ArgSpec::Range, 0, 1},
    {"flush", tw_flush, ArgSpec::NoArgs},
    {"close", tw_close, ArgSpec::NoArgs},
    {"fileno", tw_fileno, ArgSpec::NoArgs},
    {"seekable", tw_seekable, ArgSpec::NoArgs},
    {"readable", tw_readable, ArgSpec::NoArgs},
    {"writable", tw_writable, ArgSpec::NoArgs},
    {"isatty", tw_isatty, ArgSpec::NoArgs},
    {"seek", tw_seek, ArgSpec::Range, 1, 2},
    {"tell", tw_tell, ArgSpec::NoArgs},
    {"truncate", tw_truncate, ArgSpec::Range, 0, 1},
};

const GetSetDef kTextIOWrapperGetSets[] = {
    {"encoding", tw_encoding_get, nullptr, true},
    {"buffer", tw_buffer_get, nullptr, true},
    {"line_buffering", tw_line_buffering_get, nullptr, true},
    {"write_through", tw_write_through_get, nullptr, true},
    {"_finalizing", tw_finalizing_get, tw_finalizing_set, true},
    {"name", tw_name_get},
    {"closed", tw_closed_get},
    {"newlines", tw_newlines_get},
    {"errors", tw_errors_get},
    {"_CHUNK_SIZE", tw_chunk_size_get, tw_chunk_size_set},
};

}  // namespace

void init_textio_types() {
  IoTypes& io = io_types();
  io.IncrementalNewlineDecoder = new_io_type("IncrementalNewlineDecoder", types().object, Kind::Native);
  io.IncrementalNewlineDecoder->ctor = nld_ctor;
  add_io_new(io.IncrementalNewlineDecoder, make_nld);
  add_methods(io.IncrementalNewlineDecoder, kNldMethods);
  add_getsets(io.IncrementalNewlineDecoder, kNldGetSets);

  io.TextIOWrapper = new_io_type("TextIOWrapper", io.TextIOBase, Kind::Native);
  io.TextIOWrapper->ctor = tw_ctor;
  io.TextIOWrapper->slots.repr = tw_repr;
  io.TextIOWrapper->slots.iternext = tw_iternext;
  add_io_new(io.TextIOWrapper, make_tw);
  add_slot_methods(io.TextIOWrapper);
  add_methods(io.TextIOWrapper, kTextIOWrapperMethods);
  add_getsets(io.TextIOWrapper, kTextIOWrapperGetSets);
}

}  // namespace coil::rt::io
