// The slower halves of opcodes, kept out of the dispatch loop so that it
// stays small: error raising, unpacking, class building, imports, the
// generator hand-off, awaiting, `with`.
#pragma once
#include <string>

#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/dict.h"
#include "runtime/str.h"
#include "runtime/ops.h"
#include "vm/code.h"

namespace coil::rt {

[[noreturn]] void raise_unbound_local(vm::Code* code, uint32_t slot);
[[noreturn]] void raise_unbound_deref(vm::Code* code, uint32_t index);
// RAISE_VARARGS 1/2: instantiates classes, sets __cause__, raises.
[[noreturn]] void do_raise(Value exc, Value cause, bool has_cause);
// Raises exc at the resume point of a frame (used by generator throw()).
[[noreturn]] void raise_value_at_resume(Value exc);
void check_except_type(Value type);

// Attribute inline caches (see vm::AttrCache).
inline vm::AttrCache& attr_cache_for(vm::Code* code, const vm::Instr* ip) {
  if (__builtin_expect(code->attr_cache.empty(), 0)) code->attr_cache.resize(code->instrs.size());
  return code->attr_cache[static_cast<size_t>(ip - code->instrs.data() - 1)];
}
// The instance dict entry the cache points at, if it still holds `name`.
inline DictEntry* cached_instance_entry(const vm::AttrCache& c, Instance* inst, Str* name) {
  if (c.type != inst->type || c.epoch != class_epoch || !c.plain) return nullptr;
  Dict* d = inst->dict;
  if (static_cast<size_t>(c.index) >= d->entries.size()) return nullptr;
  DictEntry& e = d->entries[c.index];
  return e.key.is_obj() && e.key.o == static_cast<Object*>(name) ? &e : nullptr;
}
Value load_attr_slow(Instance* inst, Str* name, vm::AttrCache& c);
// A module's attribute through the instruction's cache: `type` holds the
// module and `index` the entry of its dict (plain stays false, so the
// instance paths never take it); null when the entry is not there.
inline DictEntry* cached_module_entry(const vm::AttrCache& c, Module* m, Str* name) {
  if (c.type != m) return nullptr;
  Dict* d = m->dict;
  if (static_cast<size_t>(c.index) >= d->entries.size()) return nullptr;
  DictEntry& e = d->entries[c.index];
  return e.key.is_obj() && e.key.o == static_cast<Object*>(name) ? &e : nullptr;
}
// Fills c for a module attribute found in its dict; Undef when it is not
// there (the generic path then decides).
Value load_module_attr(Module* m, Str* name, vm::AttrCache& c);
void store_attr_slow(Instance* inst, Str* name, Value v, vm::AttrCache& c);

// Calls.
Value call_ex(Value callable, Value posargs, Value kwargs);
Value make_instance(TypeObject* cls);
// The __init__ to run for cls(...) in the dispatch loop, or Undef when the
// generic call path must be used (custom __new__, built-in base, ...).
Value class_init_for_call(TypeObject* cls);
Value build_class_function();

// Containers.
void list_extend_from(List* l, Value iterable);
void dict_update_from(Dict* d, Value mapping, bool merge, Value callable);
void unpack_sequence(Value seq, int n, Value* out);
void unpack_ex(Value seq, int before, int after, Value* out);
std::string ascii_of(const std::string& repr_text);

// Generators. enter_generator links g's frame above `caller`, delivers
// `send` (for a suspended generator) and returns the frame to run.
Frame* enter_generator(Generator* g, Frame* caller, Value send);
void finish_generator(Generator* g);
// The per-generator exception state: swapped in when a generator frame
// starts running, swapped out when it yields.
inline void gen_exc_enter(Generator* g, Value& current) {
  g->caller_exc = current;
  if (!g->exc_state.is_undef()) current = g->exc_state;
}
inline void gen_exc_yield(Generator* g, Value& current) {
  g->exc_state = current.identical(g->caller_exc) ? Value() : current;
  current = g->caller_exc;
  g->caller_exc = Value();
}
// Marks g done after an exception left its frame; returns the exception to
// propagate (StopIteration becomes RuntimeError, PEP 479).
Value finish_generator_with_error(Generator* g, Value exc);
// Walks a suspended frame's `await`/`yield from` chain down to the frame
// where a thrown exception must be raised, linking the frames on the way.
Frame* throw_into(Frame* f, Value* exc);
Value send_to_iterator(Value iter, Value v, bool* returned);
Value get_awaitable(Value v, uint32_t where);
Value get_aiter(Value v);
Value get_anext(Value v);

// with / async with.
void before_with(Value mgr, Value* exit, Value* enter_result);
void before_async_with(Value mgr, Value* exit, Value* enter_awaitable);

// Imports.
Value import_name(Str* name, Value fromlist, Dict* globals);
Value import_from(Value module, Str* name);
void import_star(Value module, Dict* ns);

// Pattern matching: MATCH_KEYS and MATCH_CLASS. Each returns the tuple of
// values extracted from the subject, or None when it does not match.
Value match_keys(Value subject, Value keys);
Value match_class(Value subject, Value cls, uint32_t npositional, Value names);

// REPL and compile(..., 'single'): PRINT_EXPR calls sys.displayhook;
// display_value is the default hook's work (repr to stdout, builtins._).
void print_expr(Value v);
void display_value(Value v);
Value sys_displayhook(Args& a);  // stdlib/sys.cpp

// Looks a name up in a function's builtins (Function::builtins: Undef for
// the VM's): Undef when absent, TypeError when they are not subscriptable
// (None, say).
Value builtin_for(Value own_builtins, Str* name);
// A replaced builtins.__import__ called as the import statement calls it:
// (name, globals, locals, fromlist, level), the leading dots of a relative
// name as the level. Undef hook: ImportError "__import__ not found".
Value call_import_hook(Value hook, Str* dotted, Value fromlist, Frame* f);

// SETUP_ANNOTATIONS: __annotations__ = {} in the namespace unless present.
void setup_annotations(Dict* ns);

// LOAD_NAME / DELETE_NAME in a class namespace that is a dict subclass.
Value namespace_get(Dict* ns, Str* name);
void namespace_delete(Dict* ns, Str* name);

}  // namespace coil::rt
