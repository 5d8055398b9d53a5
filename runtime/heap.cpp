#include "runtime/heap.h"

#include "runtime/instance_attrs.h"

namespace coil::rt {

Heap g_heap;

void Heap::mark_roots(Tracer& t) {
  if (trace_roots) trace_roots(t);
  for (Value* v : permanent_values) t.mark(*v);
  for (Object** o : permanent_objects) t.mark(*o);
  for (Value* v : value_roots) t.mark(*v);
  for (Object** o : object_roots) t.mark(*o);
  for (auto* vec : vector_roots)
    for (const Value& v : *vec) t.mark(v);
  t.drain();
}

void Heap::collect() {
  Tracer t;
  mark_roots(t);
  if (finalize_hook) {
    finalize_hook(t);
    t.drain();
  }
  if (weak_hook) weak_hook(t);
  if (after_mark_hook) after_mark_hook();

  // Sweep: unlink and delete everything left white, clear marks on the rest.
  size_t live = 0, bytes = 0;
  Object** link = &objects_;
  while (Object* o = *link) {
    if (o->marked) {
      o->marked = false;
      ++live;
      bytes += o->heap_size();
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      if (o->has_side_attrs) forget_side_attrs(o);
      delete o;
    }
  }
  live_ = live;
  allocated_ = 0;
  allocations_ = 0;
  // Next collection after the heap has grown by as much as survived (at
  // least 8 MiB), so the collector's cost stays proportional to allocation.
  threshold_ = bytes < (8u << 20) ? (8u << 20) : bytes;
  pending = false;
  ++collections_;
}

}  // namespace coil::rt
