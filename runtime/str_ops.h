// Operators on str used by the generic dispatch in ops.cpp and by the
// builtins (runtime/str_methods.cpp implements them).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace coil::rt {

struct Str;

// s[i] / s[i:j:k], code-point aware. IndexError "string index out of range",
// TypeError "string indices must be integers, not 'float'".
Value str_getitem(Str* s, Value index);
Str* str_concat(Str* a, Str* b);
Value str_repeat(Str* s, int64_t n);          // n <= 0: ''
// `unit` n times (n <= 0: empty), for repeats and padding: OverflowError
// "repeated string is too long" past int64 bytes, MemoryError past what one
// string can hold.
std::string repeat_text(std::string_view unit, int64_t n);
bool str_contains(Str* hay, Str* needle);
int str_compare(Str* a, Str* b);              // <0, 0, >0 (code point order)
// repr() of a str exactly as CPython prints it (quotes and escapes).
std::string str_repr(std::string_view s);
// ascii(): escapes every non-ASCII code point of a repr with \x, \u, \U.
std::string ascii_escape(std::string_view repr_text);
// s % args (printf-style formatting).
Value str_mod(Str* fmt, Value args);
// printf-style formatting of fmt with args: str's (code points), or with
// `bytes` set, bytes' (%b, %c of a byte, widths in bytes, %(key) keys that
// are bytes); bytes_methods.cpp wraps the result.
std::string percent_format(std::string_view fmt, Value args, bool bytes);
// The i-th code point as a one-character string (0 <= i < length).
Value str_char_at(Str* s, int64_t i);
// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, which int() and
// float() apply to text first: every decimal digit becomes its ASCII digit,
// whitespace a space, anything else non-ASCII '?'.
std::string decimal_and_space_to_ascii(std::string_view s);
// Unicode whitespace as str.split()/strip() see it.
bool is_unicode_space(uint32_t cp);
// For reversed(str) and str iteration over non-ASCII text: the byte offset
// of the code point after the one starting at `pos`.
size_t utf8_next(std::string_view s, size_t pos);

}  // namespace coil::rt
