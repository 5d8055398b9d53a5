// bytearray: mutable byte strings (runtime/objects/bytearray.cpp).
#pragma once
#include <string>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

// Instances of Python subclasses of bytearray share this layout.
struct ByteArray : Object {
  std::string data;
  // Memoryviews over data that have not been released. While it is
  // non-zero the size of data may not change (CPython's ob_exports); see
  // bytearray_resize for how views that nobody holds any more are let go.
  int64_t exports = 0;
  ByteArray() : Object(Kind::ByteArray, types().bytearray) {}
  explicit ByteArray(std::string d) : Object(Kind::ByteArray, types().bytearray), data(std::move(d)) {}
  size_t heap_size() const override { return sizeof(ByteArray) + data.capacity(); }
};

ByteArray* new_bytearray(std::string data = {});

// Raises BufferError "Existing exports of data: object cannot be re-sized"
// when b's data may not take `new_size` bytes because a memoryview still
// holds it (a change to the same size is allowed). Call it before every
// change of size.
void check_resizable(ByteArray* b, size_t new_size);

// bytearray.__init__(self, source=b'', encoding=..., errors=...), which
// also fills instances of subclasses (runtime/subclass.cpp).
Value bytearray_init(Args& a);

void init_bytearray_slots();

}  // namespace coil::rt
