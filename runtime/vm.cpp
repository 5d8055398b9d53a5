#include "runtime/vm.h"

#include <sys/mman.h>
#include <sys/resource.h>

#include <algorithm>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame_object.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/objects/generic_alias.h"
#include "runtime/objects/mappingproxy.h"
#include "runtime/objects/namespace.h"
#include "runtime/objects/union_type.h"
#include "runtime/subclass.h"
#include "runtime/weakref.h"
#include "runtime/mpz.h"
#include "runtime/objects/complex.h"
#include "runtime/str.h"
#include "runtime/ops.h"
#include "runtime/signals.h"
#include "stdlib/modules.h"

namespace coil::rt {

void trace_interned(Tracer& t);
void trace_attr_cache(Tracer& t);

VM g_vm;

// The one list of the VM's GC roots.
static void trace_vm_roots(Tracer& t) {
  VM& m = vm();
  for (Frame* f = m.frame; f; f = f->back) f->trace(t);
  t.mark(m.builtins);
  t.mark(m.builtins_module);
  t.mark(m.modules);
  t.mark(m.current_exc);
  t.mark(m.kwnames);
  trace_interned(t);
  trace_attr_cache(t);
  BuiltinTypes& bt = types();
  // BuiltinTypes holds nothing but type pointers: every one is a root.
  static_assert(sizeof(BuiltinTypes) % sizeof(TypeObject*) == 0);
  TypeObject** all = reinterpret_cast<TypeObject**>(&bt);
  for (size_t i = 0; i < sizeof(BuiltinTypes) / sizeof(TypeObject*); ++i) t.mark(all[i]);
  ExceptionTypes& et = exc_types();
  static_assert(sizeof(ExceptionTypes) % sizeof(TypeObject*) == 0);
  TypeObject** excs = reinterpret_cast<TypeObject**>(&et);
  for (size_t i = 0; i < sizeof(ExceptionTypes) / sizeof(TypeObject*); ++i) t.mark(excs[i]);
  for (auto hook : m.root_hooks) hook(t);
}

void init_vm() {
  VM& m = vm();
  // Frames of plain calls live here. Reserved, not committed: pages are
  // touched only as deep as recursion goes. Under an address-space limit
  // (ulimit -v) it takes at most a quarter of it, and less if that fails.
  size_t bytes = size_t(512) << 20;
  rlimit rl;
  if (getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
    bytes = std::min(bytes, std::max(static_cast<size_t>(rl.rlim_cur / 4), size_t(4) << 20));
  void* mem;
  for (;;) {
    mem = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mem != MAP_FAILED) break;
    if (bytes <= (size_t(1) << 20)) throw std::bad_alloc();
    bytes /= 2;
  }
  m.fstack_base = static_cast<char*>(mem);
  m.fstack_top = m.fstack_base;
  m.fstack_end = m.fstack_base + bytes;
  heap().trace_roots = trace_vm_roots;
}

void init_runtime() {
  install_gmp_allocator();
  init_vm();
  init_types();
  init_exception_types();
  init_signals();
  VM& m = vm();
  m.builtins = new_dict();
  m.modules = new_dict();
  init_object_methods();
  init_builtin_getsets();
  init_number_methods();
  init_complex_methods();
  init_str_methods();
  init_bytes_methods();
  init_bytearray_methods();
  init_memoryview_methods();
  init_list_methods();
  init_dict_methods();
  init_set_methods();
  init_generator_methods();
  init_async_generator_methods();
  init_builtins(m.builtins);
  init_introspection(m.builtins);
  init_eval_exec(m.builtins);
  init_frame_objects();
  init_builtin_subclassing();
  init_weakrefs();
  init_simple_namespace();
  init_mappingproxy();
  init_union_type();
  init_generic_alias();
  // Exception classes are builtins too.
  ExceptionTypes& et = exc_types();
  for (TypeObject** p = &et.BaseException; p <= &et.SystemError; ++p) {
    if (!*p || ((*p)->module && (*p)->module->s != "builtins")) continue;
    m.builtins->set_str((*p)->name, make_obj(*p));
  }
  m.builtins->set_str(intern("IOError"), make_obj(et.OSError));
  m.builtins->set_str(intern("EnvironmentError"), make_obj(et.OSError));
  init_builtins_module();
}

void raise_fuzz_budget_exhausted() {
  raise(exc_types().KeyboardInterrupt, "fuzz budget exhausted");
}

void run_exit_hooks() {
  auto hooks = vm().exit_hooks;
  vm().exit_hooks.clear();
  for (auto h : hooks) h();
  auto late = vm().late_exit_hooks;
  vm().late_exit_hooks.clear();
  for (auto h : late) h();
}

int current_line() {
  Frame* f = vm().frame;
  return f ? f->current_line() : 0;
}

}  // namespace coil::rt
