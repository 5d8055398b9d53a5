#include "stdlib/modules.h"

#include <cstring>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace coil::rt {

extern const char kEmbedded_asyncio[];
extern const char kEmbedded_collections[];
extern const char kEmbedded_copy[];
extern const char kEmbedded_dataclasses[];
extern const char kEmbedded_functools[];
extern const char kEmbedded_itertools[];
extern const char kEmbedded_operator[];
extern const char kEmbedded_string[];
Module* init_random_module();

// A module written in the language: compiled from its embedded text and run
// in a fresh module namespace.
static Module* embedded_module(const char* name, const char* text, const char* filename) {
  Module* m = new_module(name);
  Rooted root(make_obj(m));
  m->dict->set_str(intern("__file__"), str_value(filename));
  m->dict->set_str(intern("__builtins__"), make_obj(vm().builtins));
  // Registered before running so that circular imports see it.
  vm().modules->set_str(intern(name), make_obj(m));
  vm::Code* code = compile_source(text, filename);
  run_code(code, m->dict);
  return m;
}

static Module* init_asyncio_module() { return embedded_module("asyncio", kEmbedded_asyncio, "<stdlib>/asyncio/__init__.py"); }
static Module* init_collections_module() { return embedded_module("collections", kEmbedded_collections, "<stdlib>/collections.py"); }
static Module* init_copy_module() { return embedded_module("copy", kEmbedded_copy, "<stdlib>/copy.py"); }
static Module* init_dataclasses_module() { return embedded_module("dataclasses", kEmbedded_dataclasses, "<stdlib>/dataclasses.py"); }
static Module* init_functools_module() { return embedded_module("functools", kEmbedded_functools, "<stdlib>/functools.py"); }
static Module* init_itertools_module() { return embedded_module("itertools", kEmbedded_itertools, "<stdlib>/itertools.py"); }
static Module* init_operator_module() { return embedded_module("operator", kEmbedded_operator, "<stdlib>/operator.py"); }
static Module* init_string_module() { return embedded_module("string", kEmbedded_string, "<stdlib>/string.py"); }

namespace {
struct Entry {
  const char* name;
  Module* (*init)();
};
// Keep sorted by name.
const Entry kModules[] = {
    {"_asyncio", init_native_asyncio_module},
    {"asyncio", init_asyncio_module},
    {"collections", init_collections_module},
    {"copy", init_copy_module},
    {"dataclasses", init_dataclasses_module},
    {"functools", init_functools_module},
    {"itertools", init_itertools_module},
    {"math", init_math_module},
    {"operator", init_operator_module},
    {"random", init_random_module},
    {"string", init_string_module},
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
