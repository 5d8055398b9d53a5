// The garbage-collected heap: allocation, roots held by native code, and
// collection at safe points.
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

#include "runtime/object.h"

namespace coil::rt {

class Heap {
 public:
  // Allocates a T, links it into the object list and accounts its size.
  // Never collects: collection happens only at interpreter safe points.
  template <class T, class... Args>
  T* make(Args&&... args) {
    T* o = new T(std::forward<Args>(args)...);
    link(o, o->heap_size());
    return o;
  }
  // For objects with a trailing variable-sized part allocated by the caller.
  void link(Object* o, size_t bytes) {
    o->gc_next = objects_;
    objects_ = o;
    ++allocations_;
    note_alloc(bytes);
  }
  // Growth of a container's out-of-line storage counts toward the threshold.
  void note_alloc(size_t bytes) {
    allocated_ += bytes;
    if (allocated_ >= threshold_ || stress_) pending = automatic_ || allocated_ >= kDisabledBackstop;
  }

  // gc.disable()/gc.enable(): whether allocation requests collections. While
  // disabled only the backstop does: CPython still frees acyclic garbage by
  // reference counting with its collector off, and coil, which has no
  // reference counts, would otherwise grow without bound.
  static constexpr size_t kDisabledBackstop = size_t(512) << 20;
  void set_automatic(bool on) {
    automatic_ = on;
    if (!on && allocated_ < kDisabledBackstop) pending = false;
  }
  bool automatic() const { return automatic_; }
  // Objects allocated since the last collection (gc.get_count()).
  size_t allocations_since_collection() const { return allocations_; }

  // Set when a collection is due; the interpreter polls it at safe points.
  bool pending = false;

  // Marks everything reachable from the roots and frees the rest. The caller
  // guarantees a safe point: every live value is reachable from a root.
  void collect();

  // Marks everything reachable from the roots, runs f (which may read
  // Object::marked), then clears the marks; frees nothing, so unlike
  // collect() it may run outside a safe point. An object that only a
  // native's unrooted temporary holds reads as unreachable. A bytearray asks
  // this whether the memoryviews that pin its size are still held by anyone
  // (runtime/objects/bytearray.cpp).
  template <class F>
  void with_reachability(F&& f) {
    Tracer t;
    mark_roots(t);
    f();
    for (Object* o = objects_; o; o = o->gc_next) o->marked = false;
  }

  // Roots that live for the whole run (singletons, lazily made types).
  std::vector<Value*> permanent_values;
  std::vector<Object**> permanent_objects;
  // Roots held by native code (see Rooted). LIFO.
  std::vector<Value*> value_roots;
  std::vector<Object**> object_roots;
  std::vector<std::vector<Value>*> vector_roots;

  // The VM's roots (frames, globals, modules, event loop) are reported by
  // this hook, installed by the VM.
  void (*trace_roots)(Tracer&) = nullptr;
  // Runs after marking: may keep unmarked objects alive for one more cycle
  // (marking them) so their finalizers can run after the sweep.
  void (*finalize_hook)(Tracer&) = nullptr;
  // Runs after marking and finalization, before the sweep: clears weak
  // references to what is about to be freed (runtime/weakref.cpp).
  void (*weak_hook)(Tracer&) = nullptr;
  // Runs after weak_hook, before the sweep: weak tables drop their entries
  // for unmarked objects (which are still intact at this point).
  void (*after_mark_hook)() = nullptr;

  void set_stress(bool on) { stress_ = on; }
  bool stress() const { return stress_; }
  size_t collections() const { return collections_; }
  size_t live_objects() const { return live_; }
  // Visits every live object (diagnostics; order unspecified).
  template <class F>
  void for_each_object(F&& f) {
    for (Object* o = objects_; o; o = o->gc_next) f(o);
  }

 private:
  void mark_roots(Tracer& t);

  Object* objects_ = nullptr;
  size_t allocated_ = 0;
  size_t threshold_ = 8 << 20;
  size_t live_ = 0;
  size_t collections_ = 0;
  size_t allocations_ = 0;
  bool automatic_ = true;
#ifdef COIL_GC_STRESS
  bool stress_ = true;
#else
  bool stress_ = false;
#endif
};

extern Heap g_heap;
inline Heap& heap() { return g_heap; }

// Keeps one Value alive across calls into script code.
class Rooted {
 public:
  explicit Rooted(Value v = Value()) : v_(v) { heap().value_roots.push_back(&v_); }
  ~Rooted() { heap().value_roots.pop_back(); }
  Rooted(const Rooted&) = delete;
  Rooted& operator=(const Rooted&) = delete;
  Value& operator*() { return v_; }
  Value get() const { return v_; }
  void set(Value v) { v_ = v; }

 private:
  Value v_;
};

// Keeps a vector of Values alive across calls into script code.
class RootedVector : public std::vector<Value> {
 public:
  RootedVector() { heap().vector_roots.push_back(this); }
  ~RootedVector() { heap().vector_roots.pop_back(); }
  RootedVector(const RootedVector&) = delete;
  RootedVector& operator=(const RootedVector&) = delete;
};

}  // namespace coil::rt
