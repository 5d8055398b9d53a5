// mappingproxy: a read-only view of a mapping, what a class's __dict__ (and
// vars() of a class) gives in CPython, so that a class's namespace changes
// only through setattr (which keeps the method caches right).
#pragma once
#include "runtime/misc.h"

namespace coil::rt {

struct MappingProxy : NativeObject {
  Value mapping;  // a dict, or any mapping given to types.MappingProxyType
  explicit MappingProxy(Value mapping);
  void trace(Tracer& t) override { t.mark(mapping); }
};

TypeObject* mappingproxy_type();
Value new_mappingproxy(Value mapping);
void init_mappingproxy();

}  // namespace coil::rt
