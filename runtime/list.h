// tuple and list: sequences of Values.
#pragma once
#include <vector>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::rt {

struct Tuple : Object {
  std::vector<Value> items;
  Tuple() : Object(Kind::Tuple, types().tuple) {}
  explicit Tuple(std::vector<Value> v) : Object(Kind::Tuple, types().tuple), items(std::move(v)) {}
  void trace(Tracer& t) override { t.mark_range(items.data(), items.data() + items.size()); }
  size_t heap_size() const override { return sizeof(Tuple) + items.capacity() * sizeof(Value); }
  size_t size() const { return items.size(); }
};

struct List : Object {
  std::vector<Value> items;
  List() : Object(Kind::List, types().list) {}
  explicit List(std::vector<Value> v) : Object(Kind::List, types().list), items(std::move(v)) {}
  void trace(Tracer& t) override { t.mark_range(items.data(), items.data() + items.size()); }
  size_t heap_size() const override { return sizeof(List) + items.capacity() * sizeof(Value); }
  size_t size() const { return items.size(); }
};

Tuple* new_tuple(std::vector<Value> items = {});
List* new_list(std::vector<Value> items = {});
Tuple* empty_tuple();

}  // namespace coil::rt
