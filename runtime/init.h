// Start-up: the order in which the runtime's pieces are initialised, and the
// initialisers each piece provides.
#pragma once

namespace coil::rt {

struct Dict;
struct Iterator;
struct Value;

void init_runtime();               // all of the below, in order

void init_types();                 // runtime/types.cpp: the built-in type objects
void init_exception_types();       // runtime/exception.cpp
void init_object_methods();        // runtime/types.cpp: object, type, function, ...
void init_builtin_getsets();       // runtime/builtin_getsets.cpp: type.__name__, function.__code__, ...
void init_number_methods();        // runtime/numbers.cpp: int, float, bool (+ ctors)
void init_str_methods();           // runtime/str_methods.cpp (+ str ctor)
void init_bytes_methods();         // runtime/objects/bytes.cpp (+ bytes ctor)
void init_bytearray_methods();     // runtime/objects/bytearray.cpp (+ bytearray ctor)
void init_memoryview_methods();    // runtime/objects/memoryview.cpp (+ memoryview ctor)
void init_list_methods();          // runtime/list_methods.cpp: list, tuple (+ ctors)
void init_dict_methods();          // runtime/dict_methods.cpp: dict + views (+ ctor)
void init_set_methods();           // runtime/set.cpp: set, frozenset (+ ctors)
void init_generator_methods();     // runtime/generator_methods.cpp
void init_async_generator_methods();  // runtime/async_generator.cpp
void init_builtins(Dict* builtins);// stdlib/builtins.cpp: print, len, sorted, ...
void init_introspection(Dict* builtins);  // runtime/introspection.cpp: globals, locals, ...
void init_eval_exec(Dict* builtins);      // runtime/eval_exec.cpp: compile, eval, exec

}  // namespace coil::rt
