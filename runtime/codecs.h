// Text codecs: str.encode, bytes.decode and str(b, encoding) for UTF-8,
// ASCII and Latin-1 with CPython's error handlers (strict, ignore, replace,
// backslashreplace, surrogateescape, surrogatepass, and xmlcharrefreplace
// and namereplace when encoding), and CPython's messages for the errors they
// raise.
//
// Text is coil's UTF-8, in which a lone surrogate (U+D800..U+DFFF) is
// stored as its three-byte form; only the surrogate handlers make or accept
// those.
#pragma once
#include <string>
#include <string_view>

#include "runtime/value.h"

namespace coil::rt {

// `text` encoded; LookupError for an unknown encoding, or for an unknown
// error handler once an error needs one.
std::string encode_text(std::string_view text, std::string_view encoding, std::string_view errors);
// `data` decoded to a str.
Value decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors);
// `data` decoded to coil's UTF-8 text, the contents of that str. With
// `consumed`, as an incremental decoder decodes a piece that is not the
// last (CPython's final=False): a multi-byte sequence cut short by the end
// of the data is left for the next piece, and *consumed says how many bytes
// were decoded.
std::string decode_to_utf8(std::string_view data, std::string_view encoding, std::string_view errors,
                           size_t* consumed = nullptr);
// The name of coil's codec for `encoding` ("utf-8", "ascii" or "latin-1",
// whatever alias names it); LookupError "unknown encoding: X" when coil has
// none.
const char* codec_canonical_name(std::string_view encoding);

}  // namespace coil::rt
