#include "stdlib/modules.h"

#include <cstring>

namespace coil::rt {

namespace {
struct Entry {
  const char* name;
  Module* (*init)();
};
// Keep sorted by name.
const Entry kModules[] = {
    {"asyncio", init_asyncio_module},
    {"math", init_math_module},
    {"sys", init_sys_module},
    {"time", init_time_module},
};
}  // namespace

Module* make_builtin_module(std::string_view name) {
  for (const Entry& e : kModules)
    if (name == e.name) return e.init();
  return nullptr;
}

}  // namespace coil::rt
