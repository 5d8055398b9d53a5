// Attributes that objects have without storing them in a dict: __class__,
// __name__, __dict__, exception chaining fields, function metadata, ...
#include "parser/ast.h"
#include <algorithm>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/frame_object.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/numbers.h"
#include "runtime/objects/mappingproxy.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"

namespace coil::rt {

static Value none_if_undef(Value v) { return v.is_undef() ? make_none() : v; }

// The indices of code's freevars in CPython's order (sorted by name).
static std::vector<size_t> cpython_freevar_order(const vm::Code* c) {
  std::vector<size_t> order(c->freevars.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return c->freevars[a]->s < c->freevars[b]->s; });
  return order;
}

Value special_attribute(Value obj, Str* name) {
  const std::string& n = name->s;
  if (n == "__class__") return make_obj(type_of(obj));
  if (!obj.is_obj()) {
    if (obj.is_int() || obj.is_bool()) {
      if (n == "real" || n == "numerator") return obj.is_bool() ? make_int(obj.b) : obj;
      if (n == "imag") return make_int(0);
      if (n == "denominator") return make_int(1);
    }
    if (obj.is_float()) {
      if (n == "real") return obj;
      if (n == "imag") return make_float(0.0);
    }
    return Value();
  }
  Object* o = obj.o;
  if (o->has_side_attrs && n == "__dict__") {
    InstanceAttrs* ia = instance_attrs(obj);
    if (ia->dict) return make_obj(ia->dict);
  }
  switch (o->kind) {
    case Kind::BoxedFloat:
      if (n == "real") return unbox_float(obj);
      if (n == "imag") return make_float(0.0);
      break;
    case Kind::BigInt:
      if (n == "real" || n == "numerator") return o->has_side_attrs ? index_int(obj) : obj;  // exact
      if (n == "imag") return make_int(0);
      if (n == "denominator") return make_int(1);
      break;
    case Kind::Instance:
      if (n == "__dict__" && o->type->instances_have_dict) return make_obj(static_cast<Instance*>(o)->dict);
      break;
    case Kind::Exception: {
      Exception* e = static_cast<Exception*>(o);
      if (n == "__dict__") return make_obj(e->dict);
      if (n == "args") return e->args;
      if (n == "__cause__") return e->cause;
      if (n == "__context__") return e->context;
      if (n == "__suppress_context__") return make_bool(e->suppress_context);
      if (n == "__traceback__") return traceback_object(obj);
      // Set by __init__ when script code builds them; natives skip __init__.
      // SyntaxError's fields (natives that raise it may set only some).
      if (e->type->is_subtype(exc_types().SyntaxError)) {
        if (n == "msg") {
          Tuple* args = as<Tuple>(e->args);
          return args->items.empty() ? make_none() : args->items[0];
        }
        if (n == "filename" || n == "lineno" || n == "offset" || n == "text" || n == "end_lineno" ||
            n == "end_offset" || n == "print_file_and_line")
          return make_none();
      }
      if ((n == "value" && e->type->is_subtype(exc_types().StopIteration)) ||
          (n == "code" && e->type->is_subtype(exc_types().SystemExit))) {
        Tuple* args = as<Tuple>(e->args);
        return args->items.empty() ? make_none() : args->items[0];
      }
      break;
    }
    case Kind::Type: {
      TypeObject* t = static_cast<TypeObject*>(o);
      if (n == "__name__") return make_obj(t->name);
      if (n == "__qualname__") return make_obj(t->qualname ? t->qualname : t->name);
      if (n == "__module__") return make_obj(t->module ? t->module : intern("builtins"));
      if (n == "__dict__") return new_mappingproxy(make_obj(t->dict));  // read-only, as CPython
      if (n == "__doc__") {  // the class's own, never a base's
        Value d = t->dict->get_str(intern("__doc__"));
        if (d.is_undef() && t == types().object)
          return str_value(
              "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
              "featureless\ninstance that has no instance attributes and cannot be given any.\n");
        return d.is_undef() ? make_none() : d;
      }
      if (n == "__mro__") {
        std::vector<Value> items;
        for (TypeObject* x : t->mro) items.push_back(make_obj(x));
        return make_obj(new_tuple(std::move(items)));
      }
      if (n == "__bases__") {
        std::vector<Value> items;
        for (TypeObject* x : t->bases) items.push_back(make_obj(x));
        if (items.empty() && t != types().object) items.push_back(make_obj(types().object));
        return make_obj(new_tuple(std::move(items)));
      }
      if (n == "__base__") return t->base ? make_obj(t->base) : make_none();
      break;
    }
    case Kind::Function: {
      Function* f = static_cast<Function*>(o);
      if (n == "__name__") return make_obj(f->name);
      if (n == "__qualname__") return make_obj(f->qualname);
      if (n == "__doc__") return f->doc;
      if (n == "__module__") return none_if_undef(f->globals->get_str(intern("__name__")));
      if (n == "__defaults__") return f->defaults ? make_obj(f->defaults) : make_none();
      if (n == "__kwdefaults__") return f->kwdefaults ? make_obj(f->kwdefaults) : make_none();
      if (n == "__globals__") return make_obj(f->globals);
      if (n == "__builtins__") return f->builtins.is_undef() ? make_obj(vm().builtins) : f->builtins;
      if (n == "__code__") return make_obj(f->code);
      if (n == "__closure__") {
        if (!f->closure) return make_none();
        // In co_freevars order (sorted by name, as CPython lays them out).
        std::vector<size_t> order = cpython_freevar_order(f->code);
        std::vector<Value> cells;
        for (size_t i : order) cells.push_back(f->closure->items[i]);
        return make_obj(new_tuple(std::move(cells)));
      }
      if (n == "__dict__") {
        if (!f->attrs) f->attrs = new_dict();
        return make_obj(f->attrs);
      }
      if (n == "__annotations__") {
        if (f->attrs && !f->attrs->get_str(name).is_undef()) return f->attrs->get_str(name);  // assigned
        if (!f->annotations || f->annotations->kind == Kind::Tuple) {
          Dict* ann = new_dict();
          if (Tuple* pairs = static_cast<Tuple*>(f->annotations))
            for (size_t i = 0; i + 1 < pairs->size(); i += 2) ann->set(pairs->items[i], pairs->items[i + 1]);
          f->annotations = ann;  // made once, so that changes to it stay
        }
        return make_obj(f->annotations);
      }
      if (n == "__wrapped__" && f->attrs) return f->attrs->get_str(name);
      break;
    }
    case Kind::NativeFunction: {
      NativeFunction* f = static_cast<NativeFunction*>(o);
      if (n == "__name__") return str_value(f->name);
      if (n == "__qualname__") return f->qualname ? make_obj(f->qualname) : str_value(f->name);
      if (n == "__self__") return none_if_undef(f->self);
      if (n == "__doc__") return make_none();
      if (n == "__module__") return str_value("builtins");
      break;
    }
    case Kind::BoundMethod: {
      BoundMethod* m = static_cast<BoundMethod*>(o);
      if (n == "__self__") return m->self;
      if (n == "__func__") return m->func;
      return getattr_opt(m->func, name);
    }
    case Kind::Module:
      if (n == "__dict__") return make_obj(static_cast<Module*>(o)->dict);
      break;
    case Kind::Generator: {
      Generator* g = static_cast<Generator*>(o);
      if (n == "__name__") return make_obj(g->name);
      if (n == "__qualname__") return make_obj(g->qualname);
      if (n == "gi_running" || n == "cr_running" || n == "ag_running") return make_bool(g->state == GenState::Running);
      if (n == "gi_suspended" || n == "cr_suspended") return make_bool(g->state == GenState::Suspended);
      if (n == "gi_frame" || n == "cr_frame" || n == "ag_frame")
        return g->state == GenState::Done ? make_none() : make_obj(frame_object(g->frame()));
      if (n == "gi_code" || n == "cr_code" || n == "ag_code") return make_obj(g->frame()->code);
      if (n == "cr_await" || n == "gi_yieldfrom") {
        Frame* f = g->frame();
        if (g->state == GenState::Suspended && f->ip - f->code->instrs.data() >= 2 &&
            vm::instr_op(f->ip[-1]) == vm::Op::YIELD_VALUE && vm::instr_op(f->ip[-2]) == vm::Op::SEND)
          return f->sp[-1];
        return make_none();
      }
      break;
    }
    case Kind::Cell: {
      Cell* c = static_cast<Cell*>(o);
      if (n == "cell_contents") {
        if (c->value.is_undef()) raise(exc_types().ValueError, "Cell is empty");
        return c->value;
      }
      break;
    }
    case Kind::Slice: {
      Slice* s = static_cast<Slice*>(o);
      if (n == "start") return s->start;
      if (n == "stop") return s->stop;
      if (n == "step") return s->step;
      break;
    }
    case Kind::Range: {
      Range* r = static_cast<Range*>(o);
      if (n == "start") return r->start;
      if (n == "stop") return r->stop;
      if (n == "step") return r->step;
      break;
    }
    case Kind::Property: {
      Property* p = static_cast<Property*>(o);
      if (n == "fget") return p->fget;
      if (n == "fset") return p->fset;
      if (n == "fdel") return p->fdel;
      if (n == "__doc__") return p->doc;
      break;
    }
    case Kind::StaticMethod:
      if (n == "__func__") return static_cast<StaticMethod*>(o)->func;
      break;
    case Kind::ClassMethod:
      if (n == "__func__") return static_cast<ClassMethod*>(o)->func;
      break;
    case Kind::Code: {
      vm::Code* c = static_cast<vm::Code*>(o);
      if (n == "co_name") return make_obj(c->name);
      if (n == "co_filename") return make_obj(c->filename);
      if (n == "co_firstlineno") return make_int(c->firstlineno);
      if (n == "co_argcount") return make_int(c->argcount);
      if (n == "co_flags") {
        // CPython's CO_* values (inspect tests them), not coil's own bits.
        int64_t f = 0;
        if (!(c->flags & (vm::CO_MODULE | vm::CO_CLASS_BODY))) f |= 0x1 | 0x2;  // OPTIMIZED | NEWLOCALS
        if (c->flags & vm::CO_VARARGS) f |= 0x4;
        if (c->flags & vm::CO_VARKEYWORDS) f |= 0x8;
        if (c->flags & vm::CO_NESTED) f |= 0x10;
        if (c->flags & vm::CO_GENERATOR) f |= 0x20;
        if (c->flags & vm::CO_COROUTINE) f |= 0x80;
        if (c->flags & vm::CO_ITERABLE_COROUTINE) f |= 0x100;
        if (c->flags & vm::CO_ASYNC_GENERATOR) f |= 0x200;
        return make_int(f);
      }
      if (n == "co_consts") return make_obj(new_tuple(std::vector<Value>(c->consts.begin(), c->consts.end())));
      if (n == "co_qualname") return make_obj(c->qualname ? c->qualname : c->name);
      if (n == "co_posonlyargcount") return make_int(c->posonlyargcount);
      if (n == "co_kwonlyargcount") return make_int(c->kwonlyargcount);
      // coil's frame layout keeps every local (cells too) in varnames, in
      // order of appearance; CPython's names list cells that are not
      // parameters only among co_cellvars (parameters first, then sorted),
      // and sorts co_freevars.
      auto tuple_of = [](std::vector<Str*> v) {
        std::vector<Value> items;
        for (Str* x : v) items.push_back(make_obj(x));
        return make_obj(new_tuple(std::move(items)));
      };
      size_t nparams = static_cast<size_t>(c->argcount + c->kwonlyargcount) + ((c->flags & vm::CO_VARARGS) ? 1 : 0) +
                       ((c->flags & vm::CO_VARKEYWORDS) ? 1 : 0);
      auto is_cell = [&](Str* x) { return std::find(c->cellvars.begin(), c->cellvars.end(), x) != c->cellvars.end(); };
      std::vector<Str*> varnames;
      for (size_t i = 0; i < c->varnames.size(); ++i)
        if (i < nparams || !is_cell(c->varnames[i])) varnames.push_back(c->varnames[i]);
      if (n == "co_varnames") return tuple_of(varnames);
      if (n == "co_nlocals") return make_int(static_cast<int64_t>(varnames.size()));
      if (n == "co_cellvars") {
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
      if (n == "co_freevars") {
        std::vector<Str*> sorted;
        for (size_t i : cpython_freevar_order(c)) sorted.push_back(c->freevars[i]);
        return tuple_of(sorted);
      }
      if (n == "co_names") return tuple_of(c->names);
      break;
    }
    default: break;
  }
  if (n == "__doc__") return make_none();
  return Value();
}

}  // namespace coil::rt
