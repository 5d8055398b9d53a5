#include "runtime/list.h"

#include "runtime/heap.h"

namespace coil::rt {

Tuple* new_tuple(std::vector<Value> items) { return heap().make<Tuple>(std::move(items)); }
List* new_list(std::vector<Value> items) { return heap().make<List>(std::move(items)); }

Tuple* empty_tuple() {
  static Tuple* t = nullptr;
  if (!t) {
    t = new_tuple();
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
  }
  return t;
}

}  // namespace coil::rt
