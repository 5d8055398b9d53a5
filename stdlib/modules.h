// The built-in modules that `import` finds before looking for files.
#pragma once
#include <string_view>

namespace coil::rt {

struct Module;

// Creates the module object for a built-in module, or returns null if there
// is no built-in module of that name. Each module is created once and then
// cached in sys.modules by the import machinery.
Module* make_builtin_module(std::string_view name);

// One initialiser per module file in stdlib/.
Module* init_sys_module();
Module* init_time_module();
Module* init_math_module();
Module* init_weakref_module();
Module* init_cmath_module();
Module* init_unicodedata_module();
Module* init_native_asyncio_module();
Module* init_signal_module(const char* name);  // _signal, and signal for now

}  // namespace coil::rt
