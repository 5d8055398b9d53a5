// The heap object header and the garbage collector's interface.
//
// Every heap object derives from Object. The collector is a precise
// mark-sweep: objects sit on one intrusive list, trace() reports outgoing
// references, and anything not reached from the roots (see Heap::collect in
// heap.cpp for the one list of roots) is deleted.
//
// Collection happens only at safe points of the interpreter (instruction
// boundaries where every live value is in a frame, a global table or a
// registered root), never inside an allocation. Native code may therefore hold
// raw Object pointers freely *unless* it calls back into script code, which
// can reach a safe point; such natives keep their temporaries in a Rooted /
// RootedVector. See docs/adr/002-gc-safe-points.md.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/value.h"

namespace coil::rt {

struct TypeObject;

// Concrete C++ layout of an object; scripts see TypeObject instead. A user
// class instance is Instance (or Exception when it derives from BaseException).
enum class Kind : uint8_t {
  Str, BigInt, Tuple, List, Dict, Set, FrozenSet, Type, Instance, Exception,
  Function, NativeFunction, BoundMethod, Cell, Code, Module, Range, Slice,
  Generator, Iterator, Property, StaticMethod, ClassMethod, Bytes, ByteArray, MemoryView, Native, Complex,
  BoxedFloat, GetSet,
};

class Tracer;
struct Object;
// Marks the side attributes of o (runtime/instance_attrs.cpp).
void trace_side_attrs(Object* o, Tracer& t);

struct Object {
  TypeObject* type;
  Object* gc_next = nullptr;
  Kind kind;
  bool marked = false;
  // An instance of a class defined in Python whose layout is a built-in's
  // (`class Stack(list)`): its __dict__ and __slots__ values live in the
  // side table of runtime/instance_attrs.h, and its class is traced there.
  bool has_side_attrs = false;
  // Weak references to this object exist; some of them have callbacks
  // (runtime/weakref.h).
  bool has_weakrefs = false;
  bool has_weak_callbacks = false;

  Object(Kind k, TypeObject* t) : type(t), kind(k) {}
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;
  // Reports every Value / Object* this object holds to the tracer.
  virtual void trace(Tracer&) {}
  // Approximate bytes owned, for the collection threshold.
  virtual size_t heap_size() const { return sizeof(Object); }
};

class Tracer {
 public:
  void mark(Object* o) {
    if (o && !o->marked) {
      o->marked = true;
      gray_.push_back(o);
    }
  }
  void mark(const Value& v) {
    if (v.is_obj()) mark(v.o);
  }
  void mark_range(const Value* begin, const Value* end) {
    for (const Value* p = begin; p < end; ++p) mark(*p);
  }
  // Traces until no gray objects are left.
  void drain() {
    while (!gray_.empty()) {
      Object* o = gray_.back();
      gray_.pop_back();
      o->trace(*this);
      if (o->has_side_attrs) trace_side_attrs(o, *this);
    }
  }

 private:
  std::vector<Object*> gray_;
};

template <class T>
inline T* as(Value v) { return static_cast<T*>(v.o); }

// v is an object with layout k (an instance of the built-in or of a Python
// subclass of it).
inline bool kind_is(Value v, Kind k) { return v.is_obj() && v.o->kind == k; }

// v has layout k and is not an instance of a Python subclass of it (whose
// dunders may differ): fast paths may use the built-in's behaviour directly.
inline bool is_exact(Value v, Kind k) { return v.is_obj() && v.o->kind == k && !v.o->has_side_attrs; }

}  // namespace coil::rt
