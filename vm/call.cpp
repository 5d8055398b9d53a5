#include "vm/call.h"

#include <new>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame_object.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "runtime/warnings.h"

namespace coil::rt {

void check_recursion() {
  VM& m = vm();
  if (m.depth >= m.recursion_limit) raise(exc_types().RecursionError, "maximum recursion depth exceeded");
}

static std::string fn_label(Function* fn) { return fn->qualname->s + "()"; }

static std::string quoted_list(const std::vector<std::string>& names) {
  // 'a' / 'a' and 'b' / 'a', 'b', and 'c'
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

static bool name_eq(Str* a, Str* b) { return a == b || a->s == b->s; }

void bind_arguments(Function* fn, Frame* f, Value* args, int nargs, Tuple* kwnames) {
  vm::Code* co = fn->code;
  Value* slots = f->slots();
  const int argcount = co->argcount;
  const int total = argcount + co->kwonlyargcount;
  const int nslots_named = co->nlocals();
  for (int i = 0; i < nslots_named; ++i) slots[i] = Value();

  // Fast path: exact positional call with no varargs.
  if (!kwnames && nargs == argcount && !(co->flags & (vm::CO_VARARGS | vm::CO_VARKEYWORDS)) &&
      co->kwonlyargcount == 0) {
    for (int i = 0; i < nargs; ++i) slots[i] = args[i];
  } else {
    int npos = nargs < argcount ? nargs : argcount;
    for (int i = 0; i < npos; ++i) slots[i] = args[i];
    int extra_slot = total;
    if (co->flags & vm::CO_VARARGS) {
      std::vector<Value> rest;
      for (int i = argcount; i < nargs; ++i) rest.push_back(args[i]);
      slots[extra_slot++] = make_obj(new_tuple(std::move(rest)));
    }
    Dict* kwdict = nullptr;
    if (co->flags & vm::CO_VARKEYWORDS) {
      kwdict = new_dict();
      slots[extra_slot] = make_obj(kwdict);
    }
    if (kwnames) {
      int nkw = static_cast<int>(kwnames->size());
      for (int k = 0; k < nkw; ++k) {
        Str* key = as_str(kwnames->items[k]);
        Value val = args[nargs + k];
        int found = -1;
        for (int i = co->posonlyargcount; i < total; ++i)
          if (name_eq(co->varnames[i], key)) { found = i; break; }
        if (found >= 0) {
          if (!slots[found].is_undef())
            raise(exc_types().TypeError, fn_label(fn) + " got multiple values for argument '" + key->s + "'");
          slots[found] = val;
        } else if (kwdict) {
          kwdict->set(make_obj(key), val);
        } else {
          // CPython names every positional-only parameter passed by keyword.
          std::string posonly;
          for (int kk = 0; kk < nkw; ++kk)
            for (int i = 0; i < co->posonlyargcount; ++i)
              if (name_eq(co->varnames[i], as_str(kwnames->items[kk])))
                posonly += (posonly.empty() ? "" : ", ") + co->varnames[i]->s;
          if (!posonly.empty())
            raise(exc_types().TypeError, fn_label(fn) +
                                             " got some positional-only arguments passed as keyword arguments: '" +
                                             posonly + "'");
          raise(exc_types().TypeError, fn_label(fn) + " got an unexpected keyword argument '" + key->s + "'");
        }
      }
    }
    // Only now, after the keywords, as CPython's initialize_locals: an
    // unexpected or repeated keyword is reported before the count.
    if (nargs > argcount && !(co->flags & vm::CO_VARARGS)) {
      int ndef = fn->defaults ? static_cast<int>(fn->defaults->size()) : 0;
      std::string takes = ndef ? "from " + std::to_string(argcount - ndef) + " to " + std::to_string(argcount)
                               : std::to_string(argcount);
      int given_kwonly = 0;
      for (int i = argcount; i < total; ++i)
        if (!slots[i].is_undef()) ++given_kwonly;
      std::string msg = fn_label(fn) + " takes " + takes + " positional argument" +
                        (argcount == 1 && !ndef ? "" : "s") + " but " + std::to_string(nargs);
      if (given_kwonly)
        msg += std::string(" positional argument") + (nargs == 1 ? "" : "s") + " (and " +
               std::to_string(given_kwonly) + " keyword-only argument" + (given_kwonly == 1 ? "" : "s") +
               ") were given";
      else
        msg += nargs == 1 ? " was given" : " were given";
      raise(exc_types().TypeError, msg);
    }
    // Defaults and missing arguments.
    int ndef = fn->defaults ? static_cast<int>(fn->defaults->size()) : 0;
    std::vector<std::string> missing;
    for (int i = nargs; i < argcount; ++i) {
      if (!slots[i].is_undef()) continue;
      int d = i - (argcount - ndef);
      if (d >= 0) slots[i] = fn->defaults->items[d];
      else missing.push_back(co->varnames[i]->s);
    }
    if (!missing.empty())
      raise(exc_types().TypeError, fn_label(fn) + " missing " + std::to_string(missing.size()) +
                                       " required positional argument" + (missing.size() == 1 ? "" : "s") +
                                       ": " + quoted_list(missing));
    for (int i = argcount; i < total; ++i) {
      if (!slots[i].is_undef()) continue;
      Value d = fn->kwdefaults ? fn->kwdefaults->get_str(co->varnames[i]) : Value();
      if (!d.is_undef()) slots[i] = d;
      else missing.push_back(co->varnames[i]->s);
    }
    if (!missing.empty())
      raise(exc_types().TypeError, fn_label(fn) + " missing " + std::to_string(missing.size()) +
                                       " required keyword-only argument" + (missing.size() == 1 ? "" : "s") +
                                       ": " + quoted_list(missing));
  }
  // Cells for captured locals, then the closure's cells for free variables.
  int ncells = co->ncells();
  for (int i = 0; i < ncells; ++i) {
    int a = co->cell2arg[i];
    slots[nslots_named + i] = make_obj(heap().make<Cell>(a >= 0 ? slots[a] : Value()));
  }
  int nfree = co->nfree();
  for (int i = 0; i < nfree; ++i) slots[nslots_named + ncells + i] = fn->closure->items[i];
}

Frame* push_frame(Function* fn, Value* args, int nargs, Tuple* kwnames) {
  VM& m = vm();
  check_recursion();
  vm::Code* co = fn->code;
  size_t bytes = frame_bytes(co);
  if (m.fstack_top + bytes > m.fstack_end) raise(exc_types().RecursionError, "maximum recursion depth exceeded");
  Frame* f = reinterpret_cast<Frame*>(m.fstack_top);
  f->code = co;
  f->func = fn;
  f->globals = fn->globals;
  f->locals_dict = nullptr;
  f->ip = co->instrs.data();
  f->back = nullptr;
  f->gen = nullptr;
  f->flags = 0;
  f->sp = f->stack_base();
  // Slots past the named locals start empty so the GC never sees garbage.
  m.fstack_top += bytes;
  try {
    bind_arguments(fn, f, args, nargs, kwnames);
  } catch (...) {
    m.fstack_top = reinterpret_cast<char*>(f);
    throw;
  }
  return f;
}

void pop_frame(Frame* f) {
  frame_ending(f);
  vm().fstack_top = reinterpret_cast<char*>(f);
}

Generator* make_generator(Function* fn, Value* args, int nargs, Tuple* kwnames) {
  vm::Code* co = fn->code;
  size_t bytes = sizeof(Generator) + frame_bytes(co);
  void* mem = Generator::allocate(bytes);
  TypeObject* type = (co->flags & vm::CO_COROUTINE)         ? types().coroutine
                     : (co->flags & vm::CO_ASYNC_GENERATOR) ? types().async_generator
                                                            : types().generator;
  Generator* g = new (mem) Generator(type, fn->name, fn->qualname);
  Frame* f = g->frame();
  f->code = co;
  f->func = fn;
  f->globals = fn->globals;
  f->locals_dict = nullptr;
  f->ip = co->instrs.data();
  f->back = nullptr;
  f->gen = g;
  f->flags = 0;
  f->sp = f->stack_base();
  for (int i = 0, n = co->nlocals() + co->ncells() + co->nfree(); i < n; ++i) f->slots()[i] = Value();
  // Link only after the frame is valid: linking may not collect, but the
  // object must be traceable from the moment it is on the heap list.
  heap().link(g, bytes);
  if (!kwnames && nargs == co->argcount && co->kwonlyargcount == 0 && co->ncells() == 0 &&
      !(co->flags & (vm::CO_VARARGS | vm::CO_VARKEYWORDS))) {
    // Plain positional arguments: copy them in (free variables too).
    Value* s = f->slots();
    for (int i = 0; i < nargs; ++i) s[i] = args[i];
    for (int i = 0, nl = co->nlocals(), nf = co->nfree(); i < nf; ++i) s[nl + i] = fn->closure->items[i];
  } else {
    bind_arguments(fn, f, args, nargs, kwnames);
  }
  if (type == types().coroutine) coroutine_created(g);
  return g;
}

}  // namespace coil::rt

// ------------------------------------------------------------ generic call

#include "runtime/misc.h"
#include "runtime/ops.h"

namespace coil::rt {

Value call_type(TypeObject* cls, Value* args, int nargs, Tuple* kwnames);

namespace {
// Native code calling back into script code counts as one level of
// recursion on top of the frame it runs, as CPython's C-level recursion
// check does: a recursion through __eq__ or __repr__ stops at about half
// the depth of a plain one, with the same traceback as CPython's.
struct NativeReentry {
  NativeReentry() { ++vm().depth; }
  ~NativeReentry() { --vm().depth; }
};
}  // namespace

Value call_function(Function* fn, Value* args, int nargs, Tuple* kwnames) {
  if (fn->code->is_generator_like()) return make_obj(make_generator(fn, args, nargs, kwnames));
  NativeReentry reentry;
  Frame* f = push_frame(fn, args, nargs, kwnames);
  f->flags |= FRAME_ENTRY;
  f->back = vm().frame;
  return execute(f);
}

Value call(Value callable, Value* args, int nargs, Tuple* kwnames) {
  if (callable.is_obj()) {
    Object* o = callable.o;
    switch (o->kind) {
      case Kind::Function:
        return call_function(static_cast<Function*>(o), args, nargs, kwnames);
      case Kind::NativeFunction: {
        NativeFunction* nf = static_cast<NativeFunction*>(o);
        if (nf->self.is_undef()) {
          Args a{args, nargs, kwnames, nf};
          return nf->invoke(a);
        }
        int total = nargs + (kwnames ? static_cast<int>(kwnames->size()) : 0);
        std::vector<Value> tmp(total + 1);
        tmp[0] = nf->self;
        for (int i = 0; i < total; ++i) tmp[i + 1] = args[i];
        Args a{tmp.data(), nargs + 1, kwnames, nf};
        return nf->invoke(a);
      }
      case Kind::BoundMethod: {
        BoundMethod* bm = static_cast<BoundMethod*>(o);
        return call_with_first(bm->func, bm->self, args, nargs, kwnames);
      }
      case Kind::Type:
        return call_type(static_cast<TypeObject*>(o), args, nargs, kwnames);
      case Kind::StaticMethod:
        return call(static_cast<StaticMethod*>(o)->func, args, nargs, kwnames);
      default: {
        Value m = lookup_special(callable, intern("__call__"));
        if (!m.is_undef()) return call(m, args, nargs, kwnames);
        break;
      }
    }
  }
  raise(exc_types().TypeError, "'" + type_name(callable) + "' object is not callable");
}

Value call_with_first(Value callable, Value first, Value* args, int nargs, Tuple* kwnames) {
  int total = nargs + (kwnames ? static_cast<int>(kwnames->size()) : 0);
  RootedVector tmp;
  tmp.resize(total + 1);
  tmp[0] = first;
  for (int i = 0; i < total; ++i) tmp[i + 1] = args[i];
  return call(callable, tmp.data(), nargs + 1, kwnames);
}

Value call1(Value f, Value a) { return call(f, &a, 1); }
Value call2(Value f, Value a, Value b) {
  Value args[2] = {a, b};
  return call(f, args, 2);
}

Value call_method(Value obj, Str* name, Value* args, int nargs) {
  Value m;
  if (get_method(obj, name, &m)) {
    RootedVector tmp;
    tmp.push_back(obj);
    for (int i = 0; i < nargs; ++i) tmp.push_back(args[i]);
    return call(m, tmp.data(), nargs + 1);
  }
  return call(m, args, nargs);
}

bool is_callable(Value v) {
  if (!v.is_obj()) return false;
  switch (v.o->kind) {
    case Kind::Function:
    case Kind::NativeFunction:
    case Kind::BoundMethod:
    case Kind::Type:
    case Kind::StaticMethod:
      return true;
    default:
      return !lookup_special(v, intern("__call__")).is_undef();
  }
}

}  // namespace coil::rt
