#include "runtime/codecs.h"

#include <cstdio>
#include <string>
#include <vector>

#include "parser/unicode_names.h"
#include "runtime/exception.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

// CPython's encodings.normalize_encoding: lower case, and every run of
// characters other than letters, digits and '.' becomes one '_'.
std::string normalize(std::string_view name) {
  std::string out;
  bool punct = false;
  for (char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
    if (!keep) {
      punct = true;
      continue;
    }
    if (punct && !out.empty()) out += '_';
    punct = false;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return out;
}

Codec find_codec(std::string_view encoding) {
  std::string n = normalize(encoding);
  for (const char* a : {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4"})
    if (n == a) return Codec::Utf8;
  for (const char* a : {"ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
                        "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"})
    if (n == a) return Codec::Ascii;
  for (const char* a : {"latin_1", "latin1", "latin", "l1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859",
                        "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100"})
    if (n == a) return Codec::Latin1;
  raise(exc_types().LookupError, "unknown encoding: " + std::string(encoding));
}

const char* codec_name(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

enum class Handler {
  Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, NameReplace, SurrogateEscape, SurrogatePass, Unknown
};

// Looked up when an error needs it, as CPython does: an unknown name is no
// error while the text codes cleanly.
Handler find_handler(std::string_view errors) {
  if (errors == "strict") return Handler::Strict;
  if (errors == "ignore") return Handler::Ignore;
  if (errors == "replace") return Handler::Replace;
  if (errors == "backslashreplace") return Handler::BackslashReplace;
  if (errors == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
  if (errors == "surrogateescape") return Handler::SurrogateEscape;
  if (errors == "surrogatepass") return Handler::SurrogatePass;
  if (errors == "namereplace") return Handler::NameReplace;
  return Handler::Unknown;
}

[[noreturn]] void unknown_handler(std::string_view errors) {
  raise(exc_types().LookupError, "unknown error handler name '" + std::string(errors) + "'");
}

bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

// '\xe9', '\u20ac', '\U0001f600': how CPython names a character it cannot
// encode.
std::string char_escape(uint32_t c) {
  char buf[16];
  if (c < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", c);
  else if (c < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", c);
  else std::snprintf(buf, sizeof buf, "\\U%08x", c);
  return buf;
}

// --------------------------------------------------------------- decoding

[[noreturn]] void decode_error(Codec codec, std::string_view data, size_t start, size_t end, const char* reason) {
  raise_unicode_decode_error(codec_name(codec), data, start, end, reason);
}

// Applies the error handler to the undecodable bytes [start, end).
void decode_handle(std::string_view errors, Codec codec, std::string_view data, size_t start, size_t end,
                   const char* reason, std::string& out) {
  switch (find_handler(errors)) {
    case Handler::Ignore: return;
    case Handler::Replace: utf8_append(out, 0xFFFD); return;
    case Handler::BackslashReplace:
      for (size_t i = start; i < end; ++i) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(data[i]));
        out += buf;
      }
      return;
    case Handler::SurrogateEscape: {
      // Every byte of a decoding error is >= 0x80 for these codecs, which
      // is what surrogateescape needs.
      for (size_t i = start; i < end; ++i) utf8_append(out, 0xDC00 + static_cast<unsigned char>(data[i]));
      return;
    }
    case Handler::XmlCharRefReplace:
    case Handler::NameReplace:
      raise(exc_types().TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    case Handler::Unknown: unknown_handler(errors);
    case Handler::Strict:
    case Handler::SurrogatePass: break;
  }
  decode_error(codec, data, start, end, reason);
}

// UTF-8 as CPython decodes it: the error ranges are the maximal prefixes of
// a valid sequence (so b'\xe4\xb8x' fails on bytes 0-1, b'\xed\xa0\x80' on
// byte 0 alone), and each range is one call of the handler. With
// `consumed`, an incremental decoder's step: a sequence cut short by the end
// of the data is left undecoded, and *consumed says where it starts.
std::string decode_utf8(std::string_view d, std::string_view errors, size_t* consumed = nullptr) {
  bool surrogatepass = errors == "surrogatepass";
  std::string out;
  out.reserve(d.size());
  size_t i = 0, n = d.size();
  while (i < n) {
    unsigned char c = d[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;  // the second byte's range
    if (c < 0xC2 || c > 0xF4) {
      decode_handle(errors, Codec::Utf8, d, i, i + 1, "invalid start byte", out);
      ++i;
      continue;
    } else if (c < 0xE0) {
      need = 2;
    } else if (c < 0xF0) {
      need = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED && !surrogatepass) hi = 0x9F;
    } else {
      need = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    }
    size_t k = 1;
    const char* reason = nullptr;
    for (; k < need; ++k) {
      if (i + k >= n) {
        reason = "unexpected end of data";
        break;
      }
      unsigned char b = d[i + k];
      if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
        reason = "invalid continuation byte";
        break;
      }
    }
    if (reason) {
      // An incremental step keeps a sequence the end cut short, and a
      // truncated surrogate (ED A0..BF), which a later byte may complete
      // for surrogatepass, as CPython's decoder does.
      bool truncated_surrogate = c == 0xED && k == 1 && i + 2 == n && static_cast<unsigned char>(d[i + 1]) >= 0xA0;
      if (consumed && (i + k >= n || truncated_surrogate)) {
        *consumed = i;
        return out;
      }
      decode_handle(errors, Codec::Utf8, d, i, i + k, reason, out);
      i += k;
      continue;
    }
    out.append(d.substr(i, need));
    i += need;
  }
  if (consumed) *consumed = n;
  return out;
}

// --------------------------------------------------------------- encoding

[[noreturn]] void encode_error(Codec codec, std::string_view text, int64_t start, int64_t end, const char* reason) {
  raise_unicode_encode_error(codec_name(codec), text, start, end, reason);
}

// Applies the error handler to the unencodable characters run[0..] (code
// points), which start at code point index `start`. CPython collects such
// a run before calling the handler, so a strict error names all of it.
void encode_handle(std::string_view errors, Codec codec, std::string_view text, const std::vector<uint32_t>& run,
                   int64_t start, const char* reason, std::string& out) {
  int64_t end = start + static_cast<int64_t>(run.size());
  switch (find_handler(errors)) {
    case Handler::Ignore: return;
    case Handler::Replace: out.append(run.size(), '?'); return;
    case Handler::BackslashReplace:
      for (uint32_t c : run) out += char_escape(c);
      return;
    case Handler::XmlCharRefReplace:
      for (uint32_t c : run) out += "&#" + std::to_string(c) + ";";
      return;
    case Handler::NameReplace:
      for (uint32_t c : run) {
        std::string name = unicode_names::name_of(c);
        out += name.empty() ? char_escape(c) : "\\N{" + name + "}";
      }
      return;
    case Handler::SurrogateEscape: {
      size_t k = 0;
      for (; k < run.size() && run[k] >= 0xDC80 && run[k] <= 0xDCFF; ++k) out += static_cast<char>(run[k] - 0xDC00);
      if (k == run.size()) return;
      encode_error(codec, text, start + static_cast<int64_t>(k), end, reason);
    }
    case Handler::SurrogatePass:
      if (codec == Codec::Utf8) {
        for (uint32_t c : run) utf8_append(out, c);  // only surrogates reach here
        return;
      }
      break;
    case Handler::Unknown: unknown_handler(errors);
    case Handler::Strict: break;
  }
  encode_error(codec, text, start, end, reason);
}

// Whether coil's UTF-8 text holds a lone surrogate (ED A0..BF xx).
bool has_surrogate(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xED && static_cast<unsigned char>(s[i + 1]) >= 0xA0) return true;
  return false;
}

}  // namespace

std::string encode_text(std::string_view text, std::string_view encoding, std::string_view errors) {
  Codec codec = find_codec(encoding);
  if (codec == Codec::Utf8 && !has_surrogate(text)) return std::string(text);
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  const char* reason = codec == Codec::Utf8 ? "surrogates not allowed"
                       : codec == Codec::Ascii ? "ordinal not in range(128)"
                                               : "ordinal not in range(256)";
  auto bad = [&](uint32_t c) { return codec == Codec::Utf8 ? is_surrogate(c) : c >= limit; };
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  int64_t index = 0;
  std::vector<uint32_t> run;
  while (pos < text.size()) {
    size_t at = pos;
    uint32_t c = utf8_decode(text, pos);
    if (!bad(c)) {
      if (codec == Codec::Utf8) out.append(text.substr(at, pos - at));
      else out += static_cast<char>(c);
      ++index;
      continue;
    }
    int64_t start = index;
    run.assign(1, c);
    ++index;
    while (pos < text.size()) {
      size_t next = pos;
      uint32_t d = utf8_decode(text, next);
      if (!bad(d)) break;
      run.push_back(d);
      pos = next;
      ++index;
    }
    encode_handle(errors, codec, text, run, start, reason, out);
  }
  return out;
}

Value decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors) {
  size_t ascii_prefix = 0;
  while (ascii_prefix < data.size() && static_cast<unsigned char>(data[ascii_prefix]) < 0x80) ++ascii_prefix;
  if (ascii_prefix == data.size()) {
    find_codec(encoding);
    return str_value(data);
  }
  return str_value(decode_to_utf8(data, encoding, errors));
}

const char* codec_canonical_name(std::string_view encoding) { return codec_name(find_codec(encoding)); }

std::string decode_to_utf8(std::string_view data, std::string_view encoding, std::string_view errors,
                           size_t* consumed) {
  Codec codec = find_codec(encoding);
  if (consumed) *consumed = data.size();
  size_t ascii_prefix = 0;
  while (ascii_prefix < data.size() && static_cast<unsigned char>(data[ascii_prefix]) < 0x80) ++ascii_prefix;
  if (ascii_prefix == data.size()) return std::string(data);
  std::string out;
  if (codec == Codec::Utf8) {
    out = decode_utf8(data, errors, consumed);
  } else {
    out.reserve(data.size() + data.size() / 2);
    for (size_t i = 0; i < data.size(); ++i) {
      unsigned char c = data[i];
      if (c < 0x80 || codec == Codec::Latin1) utf8_append(out, c);
      else decode_handle(errors, codec, data, i, i + 1, "ordinal not in range(128)", out);
    }
  }
  return out;
}

}  // namespace coil::rt
