// types.SimpleNamespace: an object whose attributes are the keyword
// arguments it was made with (also the type of sys.implementation).
#pragma once
#include "runtime/types.h"

namespace coil::rt {

TypeObject* simple_namespace_type();
// A new namespace with the attributes of `attrs` (string keys).
Value new_simple_namespace(Dict* attrs);
void init_simple_namespace();

}  // namespace coil::rt
