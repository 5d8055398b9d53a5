// _heapq: the C half of CPython's heapq module (heapq.py ends with
// `from _heapq import *`). Binary heaps on lists, min-heaps and the
// max-heap helpers that heapq.merge and nlargest use. The algorithms are
// heapq.py's own (siftdown towards the root, siftup to a leaf then down),
// with CPython's errors: a list is required, an empty heap is "index out of
// range", and a comparison that changes the list is a RuntimeError.
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

List* heap_arg(Value v) {
  if (!kind_is(v, Kind::List)) raise(exc_types().TypeError, "heap argument must be a list");
  return as<List>(v);
}

// a < b for a min-heap, b < a for a max-heap.
bool before(Value a, Value b, bool max_heap) {
  return max_heap ? truthy(compare(kCmpLt, b, a)) : truthy(compare(kCmpLt, a, b));
}

[[noreturn]] void changed_size() { raise(exc_types().RuntimeError, "list changed size during iteration"); }

// Moves heap[pos] towards start until its parent is not after it.
void sift_down(List* heap, size_t start, size_t pos, bool max_heap) {
  Rooted keep(make_obj(heap));
  size_t size = heap->items.size();
  Rooted item(heap->items[pos]);
  while (pos > start) {
    size_t parent = (pos - 1) >> 1;
    Value p = heap->items[parent];
    bool lt = before(item.get(), p, max_heap);
    if (heap->items.size() != size) changed_size();
    if (!lt) break;
    heap->items[pos] = heap->items[parent];
    pos = parent;
  }
  heap->items[pos] = item.get();
}

// Moves the earlier child up until a leaf, then sifts the item down.
void sift_up(List* heap, size_t pos, bool max_heap) {
  Rooted keep(make_obj(heap));
  size_t end = heap->items.size();
  size_t start = pos;
  Rooted item(heap->items[pos]);
  size_t child = 2 * pos + 1;
  while (child < end) {
    size_t right = child + 1;
    if (right < end) {
      bool lt = before(heap->items[child], heap->items[right], max_heap);
      if (heap->items.size() != end) changed_size();
      if (!lt) child = right;
    }
    heap->items[pos] = heap->items[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap->items[pos] = item.get();
  sift_down(heap, start, pos, max_heap);
}

void heapify_list(List* heap, bool max_heap) {
  size_t n = heap->items.size();
  for (size_t i = n / 2; i-- > 0;) {
    if (heap->items.size() != n) changed_size();
    sift_up(heap, i, max_heap);
  }
}

Value pop_top(List* heap, bool max_heap) {
  if (heap->items.empty()) raise(exc_types().IndexError, "index out of range");
  Value last = heap->items.back();
  heap->items.pop_back();
  if (heap->items.empty()) return last;
  Value top = heap->items[0];
  heap->items[0] = last;
  Rooted keep(top);
  sift_up(heap, 0, max_heap);
  return top;
}

Value replace_top(List* heap, Value item, bool max_heap) {
  if (heap->items.empty()) raise(exc_types().IndexError, "index out of range");
  Value top = heap->items[0];
  heap->items[0] = item;
  Rooted keep(top);
  sift_up(heap, 0, max_heap);
  return top;
}

// METH_O: one positional argument, the heap.
List* only_heap(Args& a, const char* name) {
  check_no_keywords(a, name);
  if (a.n != 1) raisef(exc_types().TypeError, "%s() takes exactly one argument (%d given)", name, a.n);
  return heap_arg(a.v[0]);
}

Value heappush(Args& a) {
  check_no_keywords(a, "heappush");
  check_arg_count("heappush", a.n, 2, 2);
  List* heap = heap_arg(a.v[0]);
  heap->items.push_back(a.v[1]);
  sift_down(heap, 0, heap->items.size() - 1, false);
  return make_none();
}

Value heappop(Args& a) { return pop_top(only_heap(a, "heappop"), false); }

Value heapreplace(Args& a) {
  check_no_keywords(a, "heapreplace");
  check_arg_count("heapreplace", a.n, 2, 2);
  return replace_top(heap_arg(a.v[0]), a.v[1], false);
}

// Pushes item and pops the smallest, faster than the two apart.
Value heappushpop(Args& a) {
  check_no_keywords(a, "heappushpop");
  check_arg_count("heappushpop", a.n, 2, 2);
  List* heap = heap_arg(a.v[0]);
  Value item = a.v[1];
  if (heap->items.empty()) return item;
  Value top = heap->items[0];
  bool lt = truthy(compare(kCmpLt, top, item));
  if (!lt) return item;
  if (heap->items.empty()) raise(exc_types().IndexError, "index out of range");
  return replace_top(heap, item, false);
}

Value heapify(Args& a) {
  heapify_list(only_heap(a, "heapify"), false);
  return make_none();
}

Value heappop_max(Args& a) { return pop_top(only_heap(a, "_heappop_max"), true); }

Value heapreplace_max(Args& a) {
  check_no_keywords(a, "_heapreplace_max");
  check_arg_count("_heapreplace_max", a.n, 2, 2);
  return replace_top(heap_arg(a.v[0]), a.v[1], true);
}

Value heapify_max(Args& a) {
  heapify_list(only_heap(a, "_heapify_max"), true);
  return make_none();
}

struct Fn {
  const char* name;
  NativeFn fn;
};
const Fn kFunctions[] = {
    {"heappush", heappush},         {"heappop", heappop},         {"heapreplace", heapreplace},
    {"heappushpop", heappushpop},   {"heapify", heapify},         {"_heappop_max", heappop_max},
    {"_heapreplace_max", heapreplace_max}, {"_heapify_max", heapify_max},
};

}  // namespace

Module* init_heapq_module() {
  Module* m = new_module("_heapq");
  Rooted keep(make_obj(m));
  for (const Fn& f : kFunctions) add_function(m, f.name, f.fn);
  m->dict->set_str(intern("__about__"), str_value("Heap queues"));
  return m;
}

}  // namespace coil::rt
