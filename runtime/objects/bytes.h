// bytes: immutable byte strings (runtime/objects/bytes.cpp), and the
// buffer protocol that bytes, bytearray and memoryview share, reduced to
// what these three need: a bytes-like object is one whose bytes can be read.
//
// The methods bytes and bytearray have in common live once, in
// runtime/objects/bytes_methods.h.
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

struct Iterator;

// Instances of Python subclasses of bytes share this layout
// (runtime/subclass.h). Invariant: data never changes after construction.
struct Bytes : Object {
  std::string data;
  explicit Bytes(std::string d) : Object(Kind::Bytes, types().bytes), data(std::move(d)) {}
  size_t heap_size() const override { return sizeof(Bytes) + data.capacity(); }
};

Bytes* new_bytes(std::string data);
inline Value bytes_value(std::string data) { return make_obj(new_bytes(std::move(data))); }

// b'...' exactly as CPython writes it (quote choice, \x escapes).
// bytearray's repr escapes a single quote even inside double quotes.
std::string bytes_repr(std::string_view data, bool escape_single = false);

// ---- buffers

// v exports bytes: a bytes, bytearray or memoryview (or a subclass).
bool is_bytes_like(Value v);
// The bytes v exports, or false when v is not bytes-like. The view borrows
// the exporter's storage, except for a strided memoryview, whose items are
// gathered into *scratch. It is valid until script code runs or the
// exporter changes: callers that call out copy it first. A released
// memoryview raises ValueError.
bool get_buffer(Value v, std::string_view* out, std::string* scratch);
// get_buffer, or TypeError "a bytes-like object is required, not 'T'".
std::string_view need_buffer(Value v, std::string* scratch);

// The bytes of an iterable of ints (each through __index__, in range(256),
// else ValueError `range_msg`), as bytes(iterable) and bytearray(iterable)
// read them. A non-iterable is a TypeError "cannot convert 'T' object to
// <type_name_for_error>", or the iteration's own with that null. May call
// script code.
std::string bytes_from_ints(Value iterable, const char* range_msg, const char* type_name_for_error);

// bytes(x) for a single argument x: __bytes__, a count of zeros, a buffer,
// an iterable of ints (CPython's bytes_new without an encoding).
Value bytes_from_object(Value x);

// bytes of x as CPython's PyObject_Bytes makes them (int.from_bytes):
// __bytes__, a buffer, an iterable of ints; never a count of zeros.
Value object_bytes(Value x);

// The next int of a bytes or bytearray iterator (IterKind::Bytes), or Undef.
Value bytes_iter_next(Iterator* it);

// bytes' slots, filled by init_builtin_slots (its constructor and methods
// come from init_bytes_methods, runtime/init.h).
void init_bytes_slots();

}  // namespace coil::rt
