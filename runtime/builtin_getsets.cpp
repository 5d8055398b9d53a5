// The computed attributes of the built-in types that have no file of their
// own under runtime/objects/ yet (type, function, code, generator, ...),
// declared as tables of GetSetDef (runtime/objects/descriptor.h). Each table
// moves with its type when the type moves to runtime/objects/.
#include <algorithm>

#include "runtime/checked.h"
#include "runtime/code_methods.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/frame_object.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/numbers.h"
#include "runtime/objects/descriptor.h"
#include "runtime/objects/mappingproxy.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "vm/code.h"
#include "vm/opcodes.h"

namespace coil::rt {

namespace {

Value none_if_null(Object* o) { return o ? make_obj(o) : make_none(); }

[[noreturn]] void cannot_delete(const char* what) { raisef(exc_types().TypeError, "cannot delete %s", what); }

Str* require_str(Value v, const char* what) {
  if (!is_str(v)) raisef(exc_types().TypeError, "%s must be set to a string object", what);
  return as_str(v);
}

// ------------------------------------------------------------------ type

TypeObject* type_self(Value self) { return as<TypeObject>(self); }

// Writes to a class's dict from a setter: the method caches must forget.
void set_class_dict(TypeObject* t, Str* name, Value v) {
  if (v.is_undef()) t->dict->remove(make_obj(name));
  else t->dict->set_str(name, v);
  ++class_epoch;
}

Value type_get_name(Value self) { return make_obj(type_self(self)->name); }
void type_set_name(Value self, Value v) {
  TypeObject* t = type_self(self);
  if (v.is_undef()) raisef(exc_types().TypeError, "cannot delete '__name__' attribute of immutable type '%s'", t->name->s.c_str());
  if (!is_str(v))
    raisef(exc_types().TypeError, "can only assign string to %s.__name__, not '%s'", t->name->s.c_str(),
           type_name(v).c_str());
  t->name = as_str(v);
}
Value type_get_qualname(Value self) {
  TypeObject* t = type_self(self);
  return make_obj(t->qualname ? t->qualname : t->name);
}
void type_set_qualname(Value self, Value v) {
  TypeObject* t = type_self(self);
  if (v.is_undef()) raisef(exc_types().TypeError, "cannot delete '__qualname__' attribute of immutable type '%s'", t->name->s.c_str());
  if (!is_str(v))
    raisef(exc_types().TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name->s.c_str(),
           type_name(v).c_str());
  t->qualname = as_str(v);
  ++class_epoch;
}
Value type_get_module(Value self) {
  TypeObject* t = type_self(self);
  if (!t->is_builtin) {
    Value m = t->dict->get_str(COIL_NAME("__module__"));
    if (!m.is_undef()) return m;
  }
  return make_obj(t->module ? t->module : intern("builtins"));
}
void type_set_module(Value self, Value v) {
  TypeObject* t = type_self(self);
  if (v.is_undef()) raisef(exc_types().TypeError, "cannot delete '__module__' attribute of immutable type '%s'", t->name->s.c_str());
  if (is_str(v)) t->module = as_str(v);
  set_class_dict(t, COIL_NAME("__module__"), v);
}
Value type_get_dict(Value self) { return new_mappingproxy(make_obj(type_self(self)->dict)); }
// The class's own __doc__, never a base's.
Value type_get_doc(Value self) {
  TypeObject* t = type_self(self);
  Value d = t->dict->get_str(COIL_NAME("__doc__"));
  if (t->is_builtin) return is_str(d) ? d : make_none();
  if (d.is_undef()) return make_none();
  return d;
}
void type_set_doc(Value self, Value v) { set_class_dict(type_self(self), COIL_NAME("__doc__"), v); }
Value type_get_mro(Value self) {
  std::vector<Value> items;
  for (TypeObject* x : type_self(self)->mro) items.push_back(make_obj(x));
  return make_obj(new_tuple(std::move(items)));
}
Value type_get_bases(Value self) {
  TypeObject* t = type_self(self);
  std::vector<Value> items;
  for (TypeObject* x : t->bases) items.push_back(make_obj(x));
  if (items.empty() && t != types().object) items.push_back(make_obj(types().object));
  return make_obj(new_tuple(std::move(items)));
}
Value type_get_base(Value self) { return none_if_null(type_self(self)->base); }
// __abstractmethods__ exists only once abc (or a program) sets it; type
// itself has the descriptor and no value.
Value type_get_abstractmethods(Value self) {
  TypeObject* t = type_self(self);
  Value v = t == types().type ? Value() : t->dict->get_str(COIL_NAME("__abstractmethods__"));
  if (v.is_undef()) raise_attribute_error(self, COIL_NAME("__abstractmethods__"), "__abstractmethods__");
  return v;
}
void type_set_abstractmethods(Value self, Value v) {
  TypeObject* t = type_self(self);
  if (v.is_undef() && t->dict->get_str(COIL_NAME("__abstractmethods__")).is_undef())
    raise_attribute_error(self, COIL_NAME("__abstractmethods__"), "__abstractmethods__");
  set_class_dict(t, COIL_NAME("__abstractmethods__"), v);
  t->is_abstract = !v.is_undef() && truthy(v);
}
// A class's own annotations, made empty on first read (3.10+), never a
// base's.
Value type_get_annotations(Value self) {
  TypeObject* t = type_self(self);
  Value v = t->dict->get_str(COIL_NAME("__annotations__"));
  if (!v.is_undef()) return v;
  if (t->is_builtin)
    raise_attribute_error(self, COIL_NAME("__annotations__"),
                          "type object '" + t->name->s + "' has no attribute '__annotations__'");
  Value d = make_obj(new_dict());
  set_class_dict(t, COIL_NAME("__annotations__"), d);
  return d;
}
void type_set_annotations(Value self, Value v) {
  TypeObject* t = type_self(self);
  if (t->is_builtin)
    raisef(exc_types().TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t->name->s.c_str());
  if (v.is_undef() && t->dict->get_str(COIL_NAME("__annotations__")).is_undef())
    raise_attribute_error(self, COIL_NAME("__annotations__"), "__annotations__");
  set_class_dict(t, COIL_NAME("__annotations__"), v);
}

const GetSetDef kTypeGetSets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__dict__", type_get_dict},
    {"__doc__", type_get_doc, type_set_doc},
    {"__mro__", type_get_mro, nullptr, true},
    {"__bases__", type_get_bases},
    {"__base__", type_get_base, nullptr, true},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods},
    {"__annotations__", type_get_annotations, type_set_annotations},
};

// -------------------------------------------------------------- function

Function* func_self(Value self) { return as<Function>(self); }

Value func_get_name(Value self) { return make_obj(func_self(self)->name); }
void func_set_name(Value self, Value v) { func_self(self)->name = require_str(v, "__name__"); }
Value func_get_qualname(Value self) { return make_obj(func_self(self)->qualname); }
void func_set_qualname(Value self, Value v) { func_self(self)->qualname = require_str(v, "__qualname__"); }
Value func_get_doc(Value self) { return func_self(self)->doc; }
void func_set_doc(Value self, Value v) { func_self(self)->doc = v.is_undef() ? make_none() : v; }
Value func_get_module(Value self) {
  Function* f = func_self(self);
  if (!f->module.is_undef()) return f->module;
  Value m = f->globals->get_str(COIL_NAME("__name__"));
  return m.is_undef() ? make_none() : m;
}
void func_set_module(Value self, Value v) { func_self(self)->module = v.is_undef() ? make_none() : v; }
Value func_get_defaults(Value self) { return none_if_null(func_self(self)->defaults); }
void func_set_defaults(Value self, Value v) {
  if (v.is_undef() || v.is_none()) func_self(self)->defaults = nullptr;
  else if (is_exact(v, Kind::Tuple) || kind_is(v, Kind::Tuple)) func_self(self)->defaults = as<Tuple>(v);
  else raise(exc_types().TypeError, "__defaults__ must be set to a tuple object");
}
Value func_get_kwdefaults(Value self) { return none_if_null(func_self(self)->kwdefaults); }
void func_set_kwdefaults(Value self, Value v) {
  if (v.is_undef() || v.is_none()) func_self(self)->kwdefaults = nullptr;
  else if (kind_is(v, Kind::Dict)) func_self(self)->kwdefaults = as<Dict>(v);
  else raise(exc_types().TypeError, "__kwdefaults__ must be set to a dict object");
}
Value func_get_globals(Value self) { return make_obj(func_self(self)->globals); }
Value func_get_builtins(Value self) {
  Function* f = func_self(self);
  return f->builtins.is_undef() ? make_obj(vm().builtins) : f->builtins;
}
Value func_get_code(Value self) { return make_obj(func_self(self)->code); }
void func_set_code(Value self, Value v) {
  Function* f = func_self(self);
  if (v.is_undef()) cannot_delete("__code__");
  if (!kind_is(v, Kind::Code)) raise(exc_types().TypeError, "__code__ must be set to a code object");
  vm::Code* c = as<vm::Code>(v);
  size_t have = f->closure ? f->closure->size() : 0;
  if (c->freevars.size() != have)
    raisef(exc_types().ValueError, "%s() requires a code object with %zu free vars, not %zu", f->name->s.c_str(), have,
           c->freevars.size());
  f->code = c;
}

// The indices of code's freevars in CPython's order (sorted by name).
std::vector<size_t> cpython_freevar_order(const vm::Code* c) {
  std::vector<size_t> order(c->freevars.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return c->freevars[a]->s < c->freevars[b]->s; });
  return order;
}

// In co_freevars order (sorted by name, as CPython lays them out).
Value func_get_closure(Value self) {
  Function* f = func_self(self);
  if (!f->closure) return make_none();
  std::vector<Value> cells;
  for (size_t i : cpython_freevar_order(f->code)) cells.push_back(f->closure->items[i]);
  return make_obj(new_tuple(std::move(cells)));
}
Value func_get_dict(Value self) {
  Function* f = func_self(self);
  if (!f->attrs) f->attrs = new_dict();
  return make_obj(f->attrs);
}
void func_set_dict(Value self, Value v) {
  if (v.is_undef()) cannot_delete("__dict__");
  if (!kind_is(v, Kind::Dict)) raise(exc_types().TypeError, "__dict__ must be set to a dictionary, not a '" + type_name(v) + "'");
  func_self(self)->attrs = as<Dict>(v);
}
// Made once from the (name, value) pairs MAKE_FUNCTION got, so that
// changes to the dict stay.
Value func_get_annotations(Value self) {
  Function* f = func_self(self);
  if (!f->annotations || f->annotations->kind == Kind::Tuple) {
    Dict* ann = new_dict();
    if (Tuple* pairs = static_cast<Tuple*>(f->annotations))
      for (size_t i = 0; i + 1 < pairs->size(); i += 2) ann->set(pairs->items[i], pairs->items[i + 1]);
    f->annotations = ann;
  }
  return make_obj(f->annotations);
}
void func_set_annotations(Value self, Value v) {
  Function* f = func_self(self);
  if (v.is_undef() || v.is_none()) f->annotations = new_dict();
  else if (kind_is(v, Kind::Dict)) f->annotations = v.o;
  else raise(exc_types().TypeError, "__annotations__ must be set to a dict object");
}

const GetSetDef kFunctionGetSets[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__doc__", func_get_doc, func_set_doc, true},
    {"__module__", func_get_module, func_set_module, true},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__globals__", func_get_globals, nullptr, true},
    {"__builtins__", func_get_builtins, nullptr, true},
    {"__closure__", func_get_closure, nullptr, true},
    {"__code__", func_get_code, func_set_code},
    {"__dict__", func_get_dict, func_set_dict},
    {"__annotations__", func_get_annotations, func_set_annotations},
};

// ------------------------------------------------ builtin_function_or_method

NativeFunction* native_self(Value self) { return as<NativeFunction>(self); }
Value native_get_name(Value self) { return str_value(native_self(self)->name); }
Value native_get_qualname(Value self) {
  return str_value(native_self(self)->qualified_name());
}
Value native_get_self(Value self) {
  Value s = native_self(self)->self;
  return s.is_undef() ? make_none() : s;
}
Value get_none(Value) { return make_none(); }
Value native_get_module(Value) { return str_value("builtins"); }

const GetSetDef kNativeFunctionGetSets[] = {
    {"__name__", native_get_name},
    {"__qualname__", native_get_qualname},
    {"__self__", native_get_self, nullptr, true},
    {"__doc__", get_none},
    {"__module__", native_get_module, nullptr, true},
    {"__text_signature__", get_none},
};

// ---------------------------------------------------------------- method

Value method_get_self(Value self) { return as<BoundMethod>(self)->self; }
Value method_get_func(Value self) { return as<BoundMethod>(self)->func; }
Value method_get_doc(Value self) { return getattr(as<BoundMethod>(self)->func, COIL_NAME("__doc__")); }

const GetSetDef kMethodGetSets[] = {
    {"__self__", method_get_self, nullptr, true},
    {"__func__", method_get_func, nullptr, true},
    {"__doc__", method_get_doc},
};

// ---------------------------------------------------------------- module

Value module_get_dict(Value self) { return make_obj(as<Module>(self)->dict); }
const GetSetDef kModuleGetSets[] = {{"__dict__", module_get_dict, nullptr, true}};

// -------------------------------------------------- generator, coroutine

Generator* gen_self(Value self) { return as<Generator>(self); }
Value gen_get_name(Value self) { return make_obj(gen_self(self)->name); }
void gen_set_name(Value self, Value v) { gen_self(self)->name = require_str(v, "__name__"); }
Value gen_get_qualname(Value self) { return make_obj(gen_self(self)->qualname); }
void gen_set_qualname(Value self, Value v) { gen_self(self)->qualname = require_str(v, "__qualname__"); }
Value gen_get_running(Value self) { return make_bool(gen_self(self)->state == GenState::Running); }
Value gen_get_suspended(Value self) { return make_bool(gen_self(self)->state == GenState::Suspended); }
Value gen_get_frame(Value self) {
  Generator* g = gen_self(self);
  return g->state == GenState::Done ? make_none() : make_obj(frame_object(g->frame()));
}
Value gen_get_code(Value self) { return make_obj(gen_self(self)->frame()->code); }
// The object a suspended generator delegates to (`yield from`, `await`).
Value gen_get_yieldfrom(Value self) {
  Generator* g = gen_self(self);
  Frame* f = g->frame();
  if (g->state == GenState::Suspended && f->ip - f->code->instrs.data() >= 2 &&
      vm::instr_op(f->ip[-1]) == vm::Op::YIELD_VALUE && vm::instr_op(f->ip[-2]) == vm::Op::SEND)
    return f->sp[-1];
  return make_none();
}

const GetSetDef kGeneratorGetSets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"gi_running", gen_get_running, nullptr, true},
    {"gi_suspended", gen_get_suspended, nullptr, true},
    {"gi_frame", gen_get_frame},
    {"gi_code", gen_get_code},
    {"gi_yieldfrom", gen_get_yieldfrom},
};
const GetSetDef kCoroutineGetSets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"cr_running", gen_get_running, nullptr, true},
    {"cr_suspended", gen_get_suspended, nullptr, true},
    {"cr_frame", gen_get_frame},
    {"cr_code", gen_get_code},
    {"cr_await", gen_get_yieldfrom},
    {"cr_origin", get_none, nullptr, true},
};
const GetSetDef kAsyncGeneratorGetSets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"ag_running", gen_get_running, nullptr, true},
    {"ag_frame", gen_get_frame},
    {"ag_code", gen_get_code},
    {"ag_await", gen_get_yieldfrom},
};

// ------------------------------------------------------------------ cell

Value cell_get_contents(Value self) {
  Cell* c = as<Cell>(self);
  if (c->value.is_undef()) raise(exc_types().ValueError, "Cell is empty");
  return c->value;
}
void cell_set_contents(Value self, Value v) { as<Cell>(self)->value = v; }
const GetSetDef kCellGetSets[] = {{"cell_contents", cell_get_contents, cell_set_contents}};

// ---------------------------------------------------------- slice, range

Value slice_get_start(Value self) { return as<Slice>(self)->start; }
Value slice_get_stop(Value self) { return as<Slice>(self)->stop; }
Value slice_get_step(Value self) { return as<Slice>(self)->step; }
const GetSetDef kSliceMembers[] = {
    {"start", slice_get_start, nullptr, true},
    {"stop", slice_get_stop, nullptr, true},
    {"step", slice_get_step, nullptr, true},
};
Value range_get_start(Value self) { return as<Range>(self)->start; }
Value range_get_stop(Value self) { return as<Range>(self)->stop; }
Value range_get_step(Value self) { return as<Range>(self)->step; }
const GetSetDef kRangeMembers[] = {
    {"start", range_get_start, nullptr, true},
    {"stop", range_get_stop, nullptr, true},
    {"step", range_get_step, nullptr, true},
};

// ------------------------------------ property, staticmethod, classmethod

Property* property_self(Value self) { return as<Property>(self); }
Value property_get_fget(Value self) { return property_self(self)->fget; }
Value property_get_fset(Value self) { return property_self(self)->fset; }
Value property_get_fdel(Value self) { return property_self(self)->fdel; }
Value property_get_doc(Value self) { return property_self(self)->doc; }
void property_set_doc(Value self, Value v) { property_self(self)->doc = v.is_undef() ? make_none() : v; }

// Whether a callable is marked abstract (abc.abstractmethod).
Value is_abstract(Value f) {
  if (f.is_undef() || f.is_none()) return make_bool(false);
  Value v = getattr_opt(f, COIL_NAME("__isabstractmethod__"));
  return make_bool(!v.is_undef() && truthy(v));
}
Value property_get_isabstract(Value self) {
  Property* p = property_self(self);
  for (Value f : {p->fget, p->fset, p->fdel})
    if (is_abstract(f).b) return make_bool(true);
  return make_bool(false);
}

const GetSetDef kPropertyGetSets[] = {
    {"fget", property_get_fget, nullptr, true},
    {"fset", property_get_fset, nullptr, true},
    {"fdel", property_get_fdel, nullptr, true},
    {"__doc__", property_get_doc, property_set_doc, true},
    {"__isabstractmethod__", property_get_isabstract},
};

Value staticmethod_get_func(Value self) { return as<StaticMethod>(self)->func; }
Value staticmethod_get_isabstract(Value self) { return is_abstract(as<StaticMethod>(self)->func); }
const GetSetDef kStaticMethodGetSets[] = {
    {"__func__", staticmethod_get_func, nullptr, true},
    {"__wrapped__", staticmethod_get_func, nullptr, true},
    {"__isabstractmethod__", staticmethod_get_isabstract},
};
Value classmethod_get_func(Value self) { return as<ClassMethod>(self)->func; }
Value classmethod_get_isabstract(Value self) { return is_abstract(as<ClassMethod>(self)->func); }
const GetSetDef kClassMethodGetSets[] = {
    {"__func__", classmethod_get_func, nullptr, true},
    {"__wrapped__", classmethod_get_func, nullptr, true},
    {"__isabstractmethod__", classmethod_get_isabstract},
};

// ----------------------------------------------------------- int, float

// int's (and bool's) value as an exact int: a subclass instance's value.
Value exact_int(Value self) {
  if (self.is_bool()) return make_int(self.b);
  if (self.is_obj() && self.o->has_side_attrs) return index_int(self);
  return self;
}
Value int_get_real(Value self) { return exact_int(self); }
Value int_get_zero(Value) { return make_int(0); }
Value int_get_one(Value) { return make_int(1); }
const GetSetDef kIntGetSets[] = {
    {"real", int_get_real, nullptr, false, "the real part of a complex number"},
    {"imag", int_get_zero, nullptr, false, "the imaginary part of a complex number"},
    {"numerator", int_get_real, nullptr, false, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, nullptr, false, "the denominator of a rational number in lowest terms"},
};
Value float_get_real(Value self) { return self.is_float() ? self : unbox_float(self); }
Value float_get_zero(Value) { return make_float(0.0); }
const GetSetDef kFloatGetSets[] = {
    {"real", float_get_real, nullptr, false, "the real part of a complex number"},
    {"imag", float_get_zero, nullptr, false, "the imaginary part of a complex number"},
};

// ------------------------------------------------------------------ code

vm::Code* code_self(Value self) { return as<vm::Code>(self); }

Value tuple_of(const std::vector<Str*>& v) {
  std::vector<Value> items;
  for (Str* x : v) items.push_back(make_obj(x));
  return make_obj(new_tuple(std::move(items)));
}

// coil's frame layout keeps every local (cells too) in varnames, in order
// of appearance; CPython's names list cells that are not parameters only
// among co_cellvars (parameters first, then sorted), and sorts co_freevars.
size_t code_nparams(const vm::Code* c) {
  return static_cast<size_t>(c->argcount + c->kwonlyargcount) + ((c->flags & vm::CO_VARARGS) ? 1 : 0) +
         ((c->flags & vm::CO_VARKEYWORDS) ? 1 : 0);
}
bool code_is_cell(const vm::Code* c, Str* x) {
  return std::find(c->cellvars.begin(), c->cellvars.end(), x) != c->cellvars.end();
}
std::vector<Str*> code_varnames(const vm::Code* c) {
  size_t nparams = code_nparams(c);
  std::vector<Str*> varnames;
  for (size_t i = 0; i < c->varnames.size(); ++i)
    if (i < nparams || !code_is_cell(c, c->varnames[i])) varnames.push_back(c->varnames[i]);
  return varnames;
}

Value code_get_name(Value self) { return make_obj(code_self(self)->name); }
Value code_get_filename(Value self) { return make_obj(code_self(self)->filename); }
Value code_get_firstlineno(Value self) { return make_int(code_self(self)->firstlineno); }
Value code_get_argcount(Value self) { return make_int(code_self(self)->argcount); }
Value code_get_posonlyargcount(Value self) { return make_int(code_self(self)->posonlyargcount); }
Value code_get_kwonlyargcount(Value self) { return make_int(code_self(self)->kwonlyargcount); }
// CPython's CO_* values (inspect tests them), not coil's own bits.
Value code_get_flags(Value self) { return make_int(cpython_code_flags(code_self(self))); }
Value code_get_consts(Value self) {
  vm::Code* c = code_self(self);
  return make_obj(new_tuple(std::vector<Value>(c->consts.begin(), c->consts.end())));
}
Value code_get_qualname(Value self) {
  vm::Code* c = code_self(self);
  return make_obj(c->qualname ? c->qualname : c->name);
}
Value code_get_varnames(Value self) { return tuple_of(code_varnames(code_self(self))); }
Value code_get_nlocals(Value self) { return make_int(static_cast<int64_t>(code_varnames(code_self(self)).size())); }
Value code_get_cellvars(Value self) {
  vm::Code* c = code_self(self);
  size_t nparams = code_nparams(c);
  std::vector<Str*> params, others;
  for (Str* x : c->cellvars) {
    auto it = std::find(c->varnames.begin(), c->varnames.end(), x);
    bool param = it != c->varnames.end() && static_cast<size_t>(it - c->varnames.begin()) < nparams;
    (param ? params : others).push_back(x);
  }
  std::sort(params.begin(), params.end(), [&](Str* a, Str* b) {
    return std::find(c->varnames.begin(), c->varnames.end(), a) < std::find(c->varnames.begin(), c->varnames.end(), b);
  });
  std::sort(others.begin(), others.end(), [](Str* a, Str* b) { return a->s < b->s; });
  params.insert(params.end(), others.begin(), others.end());
  return tuple_of(params);
}
Value code_get_freevars(Value self) {
  vm::Code* c = code_self(self);
  std::vector<Str*> sorted;
  for (size_t i : cpython_freevar_order(c)) sorted.push_back(c->freevars[i]);
  return tuple_of(sorted);
}
Value code_get_names(Value self) { return tuple_of(code_self(self)->names); }

const GetSetDef kCodeMembers[] = {
    {"co_name", code_get_name, nullptr, true},
    {"co_qualname", code_get_qualname, nullptr, true},
    {"co_filename", code_get_filename, nullptr, true},
    {"co_firstlineno", code_get_firstlineno, nullptr, true},
    {"co_argcount", code_get_argcount, nullptr, true},
    {"co_posonlyargcount", code_get_posonlyargcount, nullptr, true},
    {"co_kwonlyargcount", code_get_kwonlyargcount, nullptr, true},
    {"co_flags", code_get_flags, nullptr, true},
    {"co_consts", code_get_consts, nullptr, true},
    {"co_names", code_get_names, nullptr, true},
    {"co_varnames", code_get_varnames},
    {"co_nlocals", code_get_nlocals, nullptr, true},
    {"co_cellvars", code_get_cellvars},
    {"co_freevars", code_get_freevars},
};

}  // namespace

void init_builtin_getsets() {
  BuiltinTypes& t = types();
  add_getsets(t.type, kTypeGetSets);
  add_getsets(t.function, kFunctionGetSets);
  add_getsets(t.builtin_function, kNativeFunctionGetSets);
  add_getsets(t.method, kMethodGetSets);
  add_getsets(t.module, kModuleGetSets);
  add_getsets(t.generator, kGeneratorGetSets);
  add_getsets(t.coroutine, kCoroutineGetSets);
  add_getsets(t.async_generator, kAsyncGeneratorGetSets);
  add_getsets(t.cell, kCellGetSets);
  add_getsets(t.slice, kSliceMembers);
  add_getsets(t.range, kRangeMembers);
  add_getsets(t.property, kPropertyGetSets);
  add_getsets(t.staticmethod, kStaticMethodGetSets);
  add_getsets(t.classmethod, kClassMethodGetSets);
  add_getsets(t.int_, kIntGetSets);
  add_getsets(t.float_, kFloatGetSets);
  add_getsets(t.code, kCodeMembers);
  init_code_methods();
  init_descriptor_types();
  // The doc strings of the types made before str (new_builtin_type).
  t.object->dict->set_str(COIL_NAME("__doc__"),
                          str_value("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
                                    "and returns a new featureless\ninstance that has no instance attributes and "
                                    "cannot be given any.\n"));
  for (TypeObject* x : {t.type, t.dict, t.str})
    if (x->dict->get_str(COIL_NAME("__doc__")).is_undef()) x->dict->set_str(COIL_NAME("__doc__"), make_none());
}

}  // namespace coil::rt
