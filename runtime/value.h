// The value representation: a 16-byte tagged union.
//
// Ints that fit in int64 and all floats, bools and None live unboxed in the
// Value itself; everything else is a pointer to a garbage-collected Object.
// All access goes through the is_* / as_* / make_* helpers below, so a later
// move to a packed (NaN-boxed) representation touches only this file.
#pragma once
#include <cstdint>
#include <cstring>

namespace coil::rt {

struct Object;

enum class Tag : uint8_t {
  // "No value": an unbound local, an empty hash slot, the NULL that
  // LOAD_METHOD/PUSH_NULL put below a callable. Never visible to scripts.
  Undef = 0,
  None,
  Bool,
  Int,    // small int: int64; overflow promotes to a BigInt object
  Float,
  Obj,    // pointer to a heap Object (str, list, bigint, function, ...)
};

struct Value {
  union {
    int64_t i;
    double f;
    Object* o;
    bool b;
  };
  Tag tag;

  constexpr Value() : i(0), tag(Tag::Undef) {}

  bool is_undef() const { return tag == Tag::Undef; }
  bool is_none() const { return tag == Tag::None; }
  bool is_bool() const { return tag == Tag::Bool; }
  bool is_int() const { return tag == Tag::Int; }
  bool is_float() const { return tag == Tag::Float; }
  bool is_obj() const { return tag == Tag::Obj; }

  int64_t as_int() const { return i; }
  double as_float() const { return f; }
  bool as_bool() const { return b; }
  Object* as_obj() const { return o; }

  // Identity as `is` sees it: same tag and same payload bits.
  bool identical(const Value& other) const {
    if (tag != other.tag) return false;
    switch (tag) {
      case Tag::Undef:
      case Tag::None: return true;
      case Tag::Bool: return b == other.b;
      case Tag::Int: return i == other.i;
      case Tag::Float: return std::memcmp(&f, &other.f, sizeof f) == 0;
      case Tag::Obj: return o == other.o;
    }
    return false;
  }
};
static_assert(sizeof(Value) == 16, "Value must stay 16 bytes");

inline Value make_undef() { return Value(); }
inline Value make_none() { Value v; v.tag = Tag::None; return v; }
inline Value make_bool(bool b) { Value v; v.b = b; v.tag = Tag::Bool; return v; }
inline Value make_int(int64_t i) { Value v; v.i = i; v.tag = Tag::Int; return v; }
inline Value make_float(double f) { Value v; v.f = f; v.tag = Tag::Float; return v; }
inline Value make_obj(Object* o) { Value v; v.o = o; v.tag = Tag::Obj; return v; }

}  // namespace coil::rt
