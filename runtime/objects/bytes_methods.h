// The methods that bytes and bytearray share (find, split, strip, replace,
// the ASCII case and class tests, hex, decode, ...), written once
// (runtime/objects/bytes_methods.cpp): each native is a template over the
// layout of self, so that bytes' methods return bytes and bytearray's
// return bytearray, and one table template (runtime/native.h) registers
// them on either type, which checks self's layout.
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

// Adds the shared methods to bytes (k == Kind::Bytes) or bytearray.
void add_bytes_methods(TypeObject* t, Kind k);

// The arguments of bytes.hex(sep, bytes_per_sep) (also memoryview.hex),
// checked (which may run script code: len(sep)); either may be Undef (not
// given). sep 0: no separator.
struct HexSep {
  char sep = 0;
  int group = 1;
};
HexSep hex_sep(Value sep, Value bytes_per_sep);
std::string bytes_hex(std::string_view data, HexSep sep);

// data % args, as bytes.__mod__ (bytearray's too).
std::string bytes_percent(std::string_view data, Value args);

// The contains slot of bytes and bytearray: `item in data` for an int in
// range(256) or a bytes-like item. data is the object's own storage, read
// after item's __index__ has run.
int bytes_contains(const std::string& data, Value item);

// Compares two byte strings as bytes' and bytearray's richcompare do.
Value compare_bytes(std::string_view a, std::string_view b, int op);

}  // namespace coil::rt
