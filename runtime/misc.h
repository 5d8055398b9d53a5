// Small built-in objects: modules, slices, big ints, native
// iterators, and opaque native objects owned by stdlib modules.
#pragma once
#include <gmp.h>

#include <string>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

struct Dict;
struct Str;

struct Module : Object {
  Str* name;
  Dict* dict;
  // One of coil's own (repr "(built-in)" when it has no __file__), not one
  // made by calling types.ModuleType.
  bool builtin = true;
  Module(Str* name, Dict* dict) : Object(Kind::Module, types().module), name(name), dict(dict) {}
  void trace(Tracer& t) override;
};

struct Slice : Object {
  Value start, stop, step;
  Slice(Value a, Value b, Value c) : Object(Kind::Slice, types().slice), start(a), stop(b), step(c) {}
  void trace(Tracer& t) override { t.mark(start); t.mark(stop); t.mark(step); }
  // Resolves against a sequence of `length` items as slice.indices() does.
  void indices(int64_t length, int64_t* start, int64_t* stop, int64_t* step) const;
};

// An int outside int64. Invariant: never holds a value that fits in int64
// (results are normalised back to small ints).
struct BigInt : Object {
  mpz_t z;
  BigInt() : Object(Kind::BigInt, types().int_) { mpz_init(z); }
  ~BigInt() override { mpz_clear(z); }
  size_t heap_size() const override { return sizeof(BigInt) + mpz_size(z) * sizeof(mp_limb_t); }
};

// Iterators over built-in containers and the lazy builtins (enumerate, zip,
// map, filter, reversed). One layout, `which` says what it walks.
enum class IterKind : uint8_t {
  List, Tuple, Str, Range, LongRange, DictKeys, DictValues, DictItems, Set, Enumerate,
  Zip, Map, Filter, Reversed, SeqGetItem, Callable,
  Bytes,       // bytes and bytearray (runtime/objects/bytes.cpp)
  MemoryView,  // runtime/objects/memoryview.cpp
};
struct Iterator : Object {
  IterKind which;
  Value src;          // the container, or for zip/map a tuple of iterators
  Value fn;           // map/filter function, enumerate's counter start, ...
  int64_t pos = 0;
  int64_t end = 0;
  int64_t step = 1;
  uint32_t version = 0;  // dict/set mutation check
  bool strict = false;   // zip(strict=True)
  Iterator(TypeObject* t, IterKind w, Value src) : Object(Kind::Iterator, t), which(w), src(src) {}
  void trace(Tracer& t) override { t.mark(src); t.mark(fn); }
};

// An object owned by a stdlib module whose layout is private to it (a Task,
// a Future, a deque, ...). Subclasses override trace().
struct NativeObject : Object {
  explicit NativeObject(TypeObject* t) : Object(Kind::Native, t) {}
  // Awaitables implemented natively (Future, Task) return the iterator that
  // `await` delegates to; Undef means "not natively awaitable".
  virtual Value await_iter() { return Value(); }
  // Iterators that SEND can drive without a method lookup.
  virtual bool has_send() const { return false; }
  virtual Value send(Value v, bool* returned) { (void)v; *returned = true; return Value(); }
  // An exception is being thrown in at the await point (cancellation).
  virtual void throw_in(Value exc) { (void)exc; }
  // Attribute hooks consulted before the type's dict; Undef / false mean
  // "not handled here".
  virtual Value get_attr(Str* name) { (void)name; return Value(); }
  virtual bool set_attr(Str* name, Value v) { (void)name; (void)v; return false; }
};

Module* new_module(const char* name);

}  // namespace coil::rt
