// Unicode character names, as CPython 3.11's unicodedata knows them (Unicode
// 14.0): what "\N{...}" escapes and the unicodedata module look up. The
// stored names are generated from CPython by parser/gen_unicode_names.py;
// Hangul syllables and CJK unified ideographs are named by rule.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coil::unicode_names {

// The name of code point c (unicodedata.name), or "" when it has none.
std::string name_of(uint32_t c);

// Looks a name up as CPython 3.11's _getcode does: ASCII case-insensitive
// for stored names and aliases, but names made by rule ("HANGUL SYLLABLE
// GA", "CJK UNIFIED IDEOGRAPH-4E00") only in upper case. A named sequence
// matches only when
// `sequences` is set ("\N{...}" rejects them, unicodedata.lookup accepts
// them). Appends the code point(s) to out and returns true on a match.
bool lookup(std::string_view name, bool sequences, std::vector<uint32_t>* out);

}  // namespace coil::unicode_names
