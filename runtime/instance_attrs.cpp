#include "runtime/instance_attrs.h"

#include <unordered_map>

#include "runtime/dict.h"
#include "runtime/types.h"

namespace coil::rt {

namespace {
// Node-based, so an entry's address stays valid while others come and go.
std::unordered_map<const Object*, InstanceAttrs>& side_table() {
  static std::unordered_map<const Object*, InstanceAttrs> table;
  return table;
}
}  // namespace

InstanceAttrs* side_attrs(Object* o) { return &side_table()[o]; }

void adopt_into_class(Object* o, TypeObject* cls) {
  InstanceAttrs& a = side_table()[o];
  o->type = cls;
  o->has_side_attrs = true;
  if (cls->instances_have_dict && !a.dict) a.dict = new_dict();
}

void trace_side_attrs(Object* o, Tracer& t) {
  t.mark(o->type);
  auto it = side_table().find(o);
  if (it == side_table().end()) return;
  t.mark(it->second.dict);
  t.mark(it->second.slot_values);
}

void forget_side_attrs(Object* o) { side_table().erase(o); }

}  // namespace coil::rt
