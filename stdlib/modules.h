// The built-in modules that `import` finds before looking for files.
#pragma once
#include <string_view>
#include <vector>

#include "runtime/types.h"
#include "runtime/value.h"

namespace coil::rt {

struct Module;

// Creates the module object for a built-in module, or returns null if there
// is no built-in module of that name. Each module is created once and then
// cached in sys.modules by the import machinery.
Module* make_builtin_module(std::string_view name);
// Adds the native function `name` to a module being made.
void add_function(Module* m, const char* name, NativeFn fn);

// The names of the modules written in C++ (sys.builtin_module_names).
std::vector<const char*> native_module_names();

// The builtins module (stdlib/builtins_module.cpp): made once at start-up
// around vm().builtins and registered in sys.modules.
Module* init_builtins_module();
// Whether v is the builtins module's own __import__ (the import statement
// then imports directly; a replacement is called instead).
bool is_builtin_import(Value v);

// One initialiser per module file in stdlib/.
Module* init_sys_module();
// sys.stdin (0), sys.stdout (1) or sys.stderr (2) when the program replaced
// it (a StringIO, contextlib.redirect_stdout; None when it was set to None
// or deleted), else Undef: print() and input() then go through that object
// instead of the C streams.
Value replaced_std_stream(int which);
Module* init_time_module();
Module* init_math_module();
Module* init_weakref_module();
Module* init_cmath_module();
Module* init_unicodedata_module();
Module* init_native_asyncio_module();
Module* init_signal_module(const char* name);  // _signal, and signal for now
Module* init_gc_module();
Module* init_heapq_module();   // _heapq
Module* init_struct_module();  // _struct
Module* init_binascii_module();
Module* init_atexit_module();
Module* init_errno_module();
Module* init_posix_module();  // stdlib/posix.cpp and posix_*.cpp
Module* init_io_module();
// _io.open, which is also builtins.open (stdlib/io/module.cpp).
Value io_open_function();
Module* init_sre_module();  // stdlib/sre_module.cpp

}  // namespace coil::rt
