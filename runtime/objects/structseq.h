// Struct sequences (CPython's PyStructSequence): tuples whose items are also
// named attributes, such as sys.version_info. Instances have tuple's layout
// and a type of their own, whose repr names the fields:
// sys.version_info(major=3, minor=11, ...).
#pragma once
#include <vector>

#include "runtime/types.h"

namespace coil::rt {

// A struct sequence type named module.name with these fields (read-only
// properties over the items). Made at start-up; the type stays alive for
// the whole run.
TypeObject* new_structseq_type(const char* module, const char* name, std::vector<const char*> fields);
// An instance: items.size() must equal the number of fields.
Value new_structseq(TypeObject* type, std::vector<Value> items);

}  // namespace coil::rt
