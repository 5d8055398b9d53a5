// memoryview over bytes and bytearray (runtime/objects/memoryview.cpp):
// one-dimensional views, sliceable with a step, writable through when the
// exporter is a bytearray. Their items are unsigned bytes (format 'B'), or
// after cast() any native single-character format ('I', 'h', 'd', ...).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

struct Iterator;

struct MemoryView : Object {
  // The exporter: a bytes or bytearray (or an instance of a subclass).
  // Views of views refer to the first exporter, as CPython's share its
  // managed buffer.
  Value obj;
  // Item i is the `itemsize` bytes from byte start + i * step of the
  // exporter's data, read as `format` (a struct module format character).
  int64_t start = 0, step = 1, length = 0;
  char format = 'B';
  int itemsize = 1;
  // hash() of a read-only view, once computed (it survives release(), as
  // in CPython); -1 until then.
  int64_t hash = -1;
  bool readonly = true;
  bool released = false;
  MemoryView() : Object(Kind::MemoryView, types().memoryview) {}
  void trace(Tracer& t) override { t.mark(obj); }
};

// A view of all of v (bytes, bytearray or memoryview); TypeError
// "memoryview: a bytes-like object is required, not 'T'" otherwise.
MemoryView* new_memoryview(Value v);
// The bytes m shows: borrowed from the exporter when m is contiguous, else
// gathered into *scratch. ValueError when m is released.
std::string_view memoryview_bytes(MemoryView* m, std::string* scratch);
// Releases a view that no one can reach any more, so that its exporter may
// resize (runtime/objects/bytearray.cpp).
void memoryview_forget(MemoryView* m);

Value memoryview_iter_next(Iterator* it);

void init_memoryview_slots();

}  // namespace coil::rt
