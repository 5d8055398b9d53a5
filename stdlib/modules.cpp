#include "stdlib/modules.h"

#include <cstring>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace coil::rt {

extern const char kEmbedded_asyncio[];
extern const char kEmbedded__codecs[];
extern const char kEmbedded__collections[];
extern const char kEmbedded__contextvars[];
extern const char kEmbedded__functools[];
extern const char kEmbedded__operator[];
extern const char kEmbedded__thread[];
extern const char kEmbedded_dataclasses[];
extern const char kEmbedded_itertools[];
extern const char kEmbedded__string[];
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


namespace {
struct Entry {
  const char* name;
  Module* (*init)();
};
// Modules written in C++. Keep sorted by name.
Module* init_underscore_signal() { return init_signal_module("_signal"); }
Module* init_signal() { return init_signal_module("signal"); }
const Entry kModules[] = {
    {"_asyncio", init_native_asyncio_module},
    {"_heapq", init_heapq_module},
    {"_io", init_io_module},
    {"_signal", init_underscore_signal},
    {"_sre", init_sre_module},
    {"_struct", init_struct_module},
    {"_weakref", init_weakref_module},
    {"atexit", init_atexit_module},
    {"binascii", init_binascii_module},
    {"cmath", init_cmath_module},
    {"errno", init_errno_module},
    {"gc", init_gc_module},
    {"math", init_math_module},
    {"posix", init_posix_module},
    {"random", init_random_module},
    {"signal", init_signal},
    {"sys", init_sys_module},
    {"time", init_time_module},
    {"unicodedata", init_unicodedata_module},
};

// Modules written in the language (stdlib/NAME.py, embedded at build time).
struct EmbeddedEntry {
  const char* name;
  const char* text;
  const char* filename;
};
const EmbeddedEntry kEmbedded[] = {
    {"_codecs", kEmbedded__codecs, "<stdlib>/_codecs.py"},
    {"_collections", kEmbedded__collections, "<stdlib>/_collections.py"},
    {"_contextvars", kEmbedded__contextvars, "<stdlib>/_contextvars.py"},
    {"_functools", kEmbedded__functools, "<stdlib>/_functools.py"},
    {"_operator", kEmbedded__operator, "<stdlib>/_operator.py"},
    {"_string", kEmbedded__string, "<stdlib>/_string.py"},
    {"_thread", kEmbedded__thread, "<stdlib>/_thread.py"},
    {"asyncio", kEmbedded_asyncio, "<stdlib>/asyncio/__init__.py"},
    {"dataclasses", kEmbedded_dataclasses, "<stdlib>/dataclasses.py"},
    {"itertools", kEmbedded_itertools, "<stdlib>/itertools.py"},
};
}  // namespace

void add_function(Module* m, const char* name, NativeFn fn) {
  m->dict->set_str(intern(name), make_obj(new_native(name, fn)));
}

std::vector<const char*> native_module_names() {
  std::vector<const char*> names{"builtins"};
  for (const Entry& e : kModules) names.push_back(e.name);
  return names;
}

Module* make_builtin_module(std::string_view name) {
  for (const Entry& e : kModules)
    if (name == e.name) return e.init();
  for (const EmbeddedEntry& e : kEmbedded)
    if (name == e.name) return embedded_module(e.name, e.text, e.filename);
  return nullptr;
}

}  // namespace coil::rt
