// A readable listing of code objects (coil --dis).
#pragma once
#include <string>

#include "vm/code.h"

namespace coil::vm {

// Lists `code`, and the code objects among its constants when recursive.
std::string disassemble(const Code* code, bool recursive);

}  // namespace coil::vm
