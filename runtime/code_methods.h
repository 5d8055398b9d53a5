// The methods of code objects (code.replace) and the translation between
// coil's code flags and CPython's CO_* values that co_flags shows.
#pragma once
#include <cstdint>

namespace coil::vm { struct Code; }

namespace coil::rt {

// co_flags: CPython's CO_* bits for what coil's flags say.
int64_t cpython_code_flags(const vm::Code* c);
void init_code_methods();

}  // namespace coil::rt
