#include "vm/interp_support.h"

#include <cstdio>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame_object.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/output.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "runtime/warnings.h"
#include "vm/call.h"

namespace coil::rt {

using vm::Instr;
using vm::Op;

void raise_unbound_local(vm::Code* code, uint32_t slot) {
  raise(exc_types().UnboundLocalError,
        "cannot access local variable '" + code->varnames[slot]->s + "' where it is not associated with a value");
}

void raise_unbound_deref(vm::Code* code, uint32_t index) {
  int ncells = code->ncells();
  if (static_cast<int>(index) < ncells)
    raise(exc_types().UnboundLocalError, "cannot access local variable '" + code->cellvars[index]->s +
                                             "' where it is not associated with a value");
  raise(exc_types().NameError, "cannot access free variable '" + code->freevars[index - ncells]->s +
                                   "' where it is not associated with a value in enclosing scope");
}

static Value instantiate_exception(Value v, const char* what) {
  if (v.is_obj() && v.o->kind == Kind::Type) {
    TypeObject* t = static_cast<TypeObject*>(v.o);
    if (t->is_subtype(exc_types().BaseException)) {
      Value inst = call0(v);
      if (!(inst.is_obj() && inst.o->kind == Kind::Exception))
        raisef(exc_types().TypeError, "calling %s should have returned an instance of BaseException, not %s",
               repr(v).c_str(), type_name(inst).c_str());
      return inst;
    }
  } else if (v.is_obj() && v.o->kind == Kind::Exception) {
    return v;
  }
  raise(exc_types().TypeError, what);
}

void do_raise(Value exc, Value cause, bool has_cause) {
  Value e = instantiate_exception(exc, "exceptions must derive from BaseException");
  if (has_cause) {
    Exception* ex = as<Exception>(e);
    if (cause.is_none()) {
      ex->cause = make_none();
    } else {
      ex->cause = instantiate_exception(cause, "exception causes must derive from BaseException");
    }
    ex->suppress_context = true;
  }
  raise_value(e);
}

void raise_value_at_resume(Value exc) { throw PyError{exc}; }

void check_except_type(Value type) {
  auto ok = [](Value t) {
    return t.is_obj() && t.o->kind == Kind::Type &&
           static_cast<TypeObject*>(t.o)->is_subtype(exc_types().BaseException);
  };
  if (ok(type)) return;
  if (is_tuple(type)) {
    bool all = true;
    for (Value t : as<Tuple>(type)->items) all = all && ok(t);
    if (all) return;
  }
  raise(exc_types().TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

// ------------------------------------------------------ attribute caches

// The class attribute decides whether the instance dict is consulted plainly:
// data descriptors (property), __getattr__/__setattr__ overrides and
// anything found on the class disable the cached path.
static bool plain_instance_attr(TypeObject* t, Str* name, bool store) {
  Value ca = cached_lookup(t, name);
  if (!ca.is_undef()) return false;
  if (store) {
    Value sa = cached_lookup(t, COIL_NAME("__setattr__"));
    if (sa.is_obj() && sa.o->kind == Kind::Function) return false;
  }
  return true;
}

Value call_import_hook(Value hook, Str* dotted, Value fromlist, Frame* f) {
  if (hook.is_undef()) raise(exc_types().ImportError, "__import__ not found");
  const std::string& s = dotted->s;
  size_t level = 0;
  while (level < s.size() && s[level] == '.') ++level;
  RootedVector args;
  args.push_back(str_value(s.substr(level)));
  args.push_back(make_obj(f->globals));
  args.push_back(f->locals_dict ? make_obj(f->locals_dict) : make_none());
  args.push_back(fromlist.is_undef() ? make_none() : fromlist);
  args.push_back(make_int(static_cast<int64_t>(level)));
  return call(hook, args.data(), 5);
}

Value load_module_attr(Module* m, Str* name, vm::AttrCache& c) {
  int64_t i = m->dict->find(make_obj(name), name->hash());
  if (i < 0) return Value();
  const DictEntry& e = m->dict->entries[static_cast<size_t>(i)];
  if (e.key.is_obj() && e.key.o == static_cast<Object*>(name)) {  // an interned key: the cache can check it
    c.type = m;
    c.index = static_cast<int32_t>(i);
    c.plain = false;
    c.method = Value();
  }
  return e.value;
}

Value load_attr_slow(Instance* inst, Str* name, vm::AttrCache& c) {
  Value v = getattr(make_obj(inst), name);
  int64_t ix = inst->dict->find(make_obj(name), name->hash());
  if (ix >= 0 && plain_instance_attr(inst->type, name, false)) {
    c.type = inst->type;
    c.epoch = class_epoch;
    c.index = static_cast<int32_t>(ix);
    c.plain = true;
  }
  return v;
}

void store_attr_slow(Instance* inst, Str* name, Value v, vm::AttrCache& c) {
  setattr(make_obj(inst), name, v);
  int64_t ix = inst->dict->find(make_obj(name), name->hash());
  if (ix >= 0 && plain_instance_attr(inst->type, name, true)) {
    c.type = inst->type;
    c.epoch = class_epoch;
    c.index = static_cast<int32_t>(ix);
    c.plain = true;
  }
}

// ---------------------------------------------------------------- calls

// An object whose class defines __iter__ or __getitem__: its own errors
// while iterating are not "not an iterable".
static bool has_iter_protocol(Value v) {
  bool user = v.is_obj() && (v.o->kind == Kind::Instance || v.o->kind == Kind::Exception);
  return user &&
         (!lookup_special(v, intern("__iter__")).is_undef() || !lookup_special(v, intern("__getitem__")).is_undef());
}

// How CPython names a callable in call errors (_PyObject_FunctionStr):
// "module.qualname()" for script functions and methods, "name()" for
// built-ins.
static std::string function_str(Value callable) {
  if (callable.is_obj() && callable.o->kind == Kind::BoundMethod) callable = as<BoundMethod>(callable)->func;
  if (callable.is_obj() && callable.o->kind == Kind::Function) {
    Function* fn = static_cast<Function*>(callable.o);
    Value mod = fn->globals ? fn->globals->get_str(intern("__name__")) : Value();
    std::string prefix = is_str(mod) && as_str(mod)->s != "builtins" ? as_str(mod)->s + "." : "";
    return prefix + fn->qualname->s + "()";
  }
  if (callable.is_obj() && callable.o->kind == Kind::NativeFunction)
    return std::string(static_cast<NativeFunction*>(callable.o)->name) + "()";
  return callable.is_undef() ? "function" : repr(callable);
}

Value call_ex(Value callable, Value posargs, Value kwargs) {
  RootedVector args;
  if (is_tuple(posargs)) {
    args.assign(as<Tuple>(posargs)->items.begin(), as<Tuple>(posargs)->items.end());
  } else {
    if (!is_callable(callable)) raise(exc_types().TypeError, "'" + type_name(callable) + "' object is not callable");
    Rooted it;
    try {
      it.set(get_iter(posargs));
    } catch (PyError& e) {  // check_args_iterable: only for what has no __iter__
      if (has_iter_protocol(posargs) || !exception_matches(e.exc, make_obj(exc_types().TypeError))) throw;
      raise(exc_types().TypeError,
            function_str(callable) + " argument after * must be an iterable, not " + type_name(posargs));
    }
    collect_values(it.get(), args);
  }
  int npos = static_cast<int>(args.size());
  Tuple* kwnames = nullptr;
  Rooted kwroot;
  if (!kwargs.is_undef()) {
    Dict* d = as<Dict>(kwargs);
    std::vector<Value> names;
    for (auto& e : d->entries) {
      if (e.key.is_undef()) continue;
      if (!is_str(e.key)) raise(exc_types().TypeError, "keywords must be strings");
      names.push_back(e.key);
      args.push_back(e.value);
    }
    if (!names.empty()) {
      kwnames = new_tuple(std::move(names));
      kwroot.set(make_obj(kwnames));
    }
  }
  return call(callable, args.data(), npos, kwnames);
}

// ----------------------------------------------------------- containers

void list_extend_from(List* l, Value iterable) {
  if (is_exact(iterable, Kind::List) || is_exact(iterable, Kind::Tuple)) {
    auto& src = is_list(iterable) ? as<List>(iterable)->items : as<Tuple>(iterable)->items;
    std::vector<Value> copy(src);
    l->items.insert(l->items.end(), copy.begin(), copy.end());
    return;
  }
  Value it;
  try {
    it = get_iter(iterable);
  } catch (PyError& e) {
    if (has_iter_protocol(iterable) || !exception_matches(e.exc, make_obj(exc_types().TypeError))) throw;
    raise(exc_types().TypeError, "Value after * must be an iterable, not " + type_name(iterable));
  }
  Rooted root(it);
  consult_length_hint(iterable);
  for (;;) {
    Value x = iter_next(it);
    if (x.is_undef()) break;
    l->items.push_back(x);
  }
}

void dict_update_from(Dict* d, Value mapping, bool merge, Value callable) {
  if (is_dict(mapping)) {
    Dict* src = as<Dict>(mapping);
    for (size_t i = 0; i < src->entries.size(); ++i) {
      DictEntry e = src->entries[i];
      if (e.key.is_undef()) continue;
      if (merge && d->contains(e.key))
        raise(exc_types().TypeError,
              function_str(callable) + " got multiple values for keyword argument '" + str(e.key) + "'");
      d->set(e.key, e.value);
    }
    return;
  }
  Value keys_fn = getattr_opt(mapping, COIL_NAME("keys"));
  if (keys_fn.is_undef()) {
    if (merge)
      raise(exc_types().TypeError, function_str(callable) + " argument after ** must be a mapping, not " +
                                       type_name(mapping));
    raise(exc_types().TypeError, "'" + type_name(mapping) + "' object is not a mapping");
  }
  Rooted keys(call0(keys_fn));
  RootedVector ks;
  collect_values(keys.get(), ks);
  for (Value k : ks) d->set(k, getitem(mapping, k));
}

static void fill_from_iterable(Value seq, std::vector<Value>& items, int want, bool at_least) {
  if (is_exact(seq, Kind::Tuple) || is_exact(seq, Kind::List)) {
    auto& src = is_tuple(seq) ? as<Tuple>(seq)->items : as<List>(seq)->items;
    items = src;
    return;
  }
  Value it;
  try {
    it = get_iter(seq);
  } catch (PyError& e) {
    if (exception_matches(e.exc, make_obj(exc_types().TypeError)))
      raise(exc_types().TypeError, "cannot unpack non-iterable " + type_name(seq) + " object");
    throw;
  }
  Rooted root(it);
  for (;;) {
    Value x = iter_next(it);
    if (x.is_undef()) break;
    items.push_back(x);
    if (!at_least && static_cast<int>(items.size()) > want) break;
  }
}

void unpack_sequence(Value seq, int n, Value* out) {
  RootedVector items;
  fill_from_iterable(seq, items, n, false);
  int got = static_cast<int>(items.size());
  if (got > n) raisef(exc_types().ValueError, "too many values to unpack (expected %d)", n);
  if (got < n) raisef(exc_types().ValueError, "not enough values to unpack (expected %d, got %d)", n, got);
  for (int i = 0; i < n; ++i) out[n - 1 - i] = items[i];
}

void unpack_ex(Value seq, int before, int after, Value* out) {
  RootedVector items;
  fill_from_iterable(seq, items, before + after, true);
  int got = static_cast<int>(items.size());
  if (got < before + after)
    raisef(exc_types().ValueError, "not enough values to unpack (expected at least %d, got %d)", before + after, got);
  int total = before + after + 1;
  int k = total - 1;
  for (int i = 0; i < before; ++i) out[k--] = items[i];
  std::vector<Value> mid(items.begin() + before, items.end() - after);
  out[k--] = make_obj(new_list(std::move(mid)));
  for (int i = got - after; i < got; ++i) out[k--] = items[i];
}

std::string ascii_of(const std::string& text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    uint32_t cp = utf8_decode(text, pos);
    char buf[16];
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x100) { std::snprintf(buf, sizeof buf, "\\x%02x", cp); out += buf; }
    else if (cp < 0x10000) { std::snprintf(buf, sizeof buf, "\\u%04x", cp); out += buf; }
    else { std::snprintf(buf, sizeof buf, "\\U%08x", cp); out += buf; }
  }
  return out;
}

// ---------------------------------------------------- pattern matching

Value match_keys(Value subject, Value keys) {
  const std::vector<Value>& wanted = as<Tuple>(keys)->items;
  if (wanted.empty()) return make_obj(new_tuple());
  // subject.get(key, missing) for each key, as CPython: it looks a key up
  // without running a __missing__ hook or adding the key.
  Rooted get(getattr(subject, COIL_NAME("get")));
  Rooted missing(make_instance(types().object));
  Rooted seen(make_obj(new_set()));
  RootedVector values;
  for (Value key : wanted) {
    if (!as<Set>(seen.get())->add(key))
      raise(exc_types().ValueError, "mapping pattern checks duplicate key (" + repr(key) + ")");
    Value v = call2(get.get(), key, missing.get());
    if (v.identical(missing.get())) return make_none();
    values.push_back(v);
  }
  return make_obj(new_tuple(std::vector<Value>(values.begin(), values.end())));
}

namespace {

// CPython's Py*_CheckExact: an instance of t itself, not of a subclass.
bool exactly(Value v, TypeObject* t) { return v.is_obj() && v.o->type == t; }

// The attribute `name` of the subject for a class pattern, or Undef when it
// has none (the pattern does not match).
Value match_class_attr(Value subject, TypeObject* cls, Value name, Set* seen) {
  if (!seen->add(name))
    raise(exc_types().TypeError, cls->name->s + "() got multiple sub-patterns for attribute " + repr(name));
  return getattr_opt(subject, as_str(name));
}

// The attribute names for the positional sub-patterns: cls.__match_args__
// (a tuple of str), or Undef for a type that matches its one positional
// sub-pattern against the subject itself.
Value positional_attr_names(TypeObject* cls, uint32_t npositional) {
  Value names = getattr_opt(make_obj(cls), COIL_NAME("__match_args__"));
  bool match_self = false;
  if (names.is_undef()) {
    // A class that defines __match_args__ no longer matches itself.
    match_self = cls->pattern_flags & kPatternMatchSelf;
  } else if (!exactly(names, types().tuple)) {
    raise(exc_types().TypeError,
          cls->name->s + ".__match_args__ must be a tuple (got " + type_name(names) + ")");
  }
  size_t allowed = match_self ? 1 : names.is_undef() ? 0 : as<Tuple>(names)->items.size();
  if (allowed < npositional)
    raisef(exc_types().TypeError, "%s() accepts %zu positional sub-pattern%s (%u given)", cls->name->s.c_str(),
           allowed, allowed == 1 ? "" : "s", npositional);
  return match_self ? Value() : names;
}

}  // namespace

Value match_class(Value subject, Value cls_value, uint32_t npositional, Value names) {
  if (!(cls_value.is_obj() && cls_value.o->kind == Kind::Type)) raise(exc_types().TypeError, "called match pattern must be a type");
  TypeObject* cls = as<TypeObject>(cls_value);
  if (!isinstance(subject, cls)) return make_none();
  RootedVector attrs;
  Rooted seen(make_obj(new_set()));
  if (npositional > 0) {
    Rooted match_args(positional_attr_names(cls, npositional));
    if (match_args.get().is_undef()) {
      attrs.push_back(subject);
    } else {
      for (uint32_t i = 0; i < npositional; ++i) {
        Value name = as<Tuple>(match_args.get())->items[i];
        if (!exactly(name, types().str))
          raise(exc_types().TypeError, "__match_args__ elements must be strings (got " + type_name(name) + ")");
        Value attr = match_class_attr(subject, cls, name, as<Set>(seen.get()));
        if (attr.is_undef()) return make_none();
        attrs.push_back(attr);
      }
    }
  }
  for (Value name : as<Tuple>(names)->items) {
    Value attr = match_class_attr(subject, cls, name, as<Set>(seen.get()));
    if (attr.is_undef()) return make_none();
    attrs.push_back(attr);
  }
  return make_obj(new_tuple(std::vector<Value>(attrs.begin(), attrs.end())));
}

// ----------------------------------------------------------- generators

static const char* gen_word(Generator* g) {
  return g->is_coroutine() ? "coroutine" : g->is_async_gen() ? "async generator" : "generator";
}

Frame* enter_generator(Generator* g, Frame* caller, Value send) {
  if (g->state == GenState::Running) raisef(exc_types().ValueError, "%s already executing", gen_word(g));
  if (g->state == GenState::Done) {
    if (g->is_coroutine()) raise(exc_types().RuntimeError, "cannot reuse already awaited coroutine");
    raise(exc_types().StopIteration, "");
  }
  if (g->state == GenState::Created && !send.is_none())
    raisef(exc_types().TypeError, "can't send non-None value to a just-started %s", gen_word(g));
  check_recursion();
  Frame* gf = g->frame();
  if (g->state == GenState::Suspended) *gf->sp++ = send;
  g->state = GenState::Running;
  if (!g->started) {
    g->started = true;
    coroutine_started(g);
  }
  gf->back = caller;
  ++vm().depth;
  vm().frame = gf;
  gen_exc_enter(g, vm().current_exc);
  return gf;
}

void finish_generator(Generator* g) {
  // Before the locals are cleared: a frame object keeps their last values.
  frame_ending(g->frame());
  if (g->state == GenState::Running) {
    vm().current_exc = g->caller_exc;
    g->caller_exc = Value();
  }
  g->exc_state = Value();
  g->state = GenState::Done;
  Frame* f = g->frame();
  Value* s = f->slots();
  for (int i = 0, n = f->code->nlocals() + f->code->ncells() + f->code->nfree(); i < n; ++i) s[i] = Value();
  f->sp = f->stack_base();
}

Value finish_generator_with_error(Generator* g, Value exc) {
  finish_generator(g);
  if (exception_matches(exc, make_obj(exc_types().StopIteration)) ||
      (g->is_async_gen() && exception_matches(exc, make_obj(exc_types().StopAsyncIteration)))) {
    bool async_stop = !exception_matches(exc, make_obj(exc_types().StopIteration));
    std::string msg = std::string(gen_word(g)) + (async_stop ? " raised StopAsyncIteration" : " raised StopIteration");
    Exception* rt = new_exception(exc_types().RuntimeError, msg);
    rt->cause = exc;
    rt->context = exc;
    rt->suppress_context = true;
    return make_obj(rt);
  }
  return exc;
}

static bool is_delegating(Frame* f) {
  const Instr* start = f->code->instrs.data();
  return f->ip - start >= 2 && vm::instr_op(f->ip[-1]) == Op::YIELD_VALUE &&
         vm::instr_op(f->ip[-2]) == Op::SEND;
}

// Closes what a frame delegates to when GeneratorExit is thrown through it
// (CPython's gen_close_iter); an error from closing replaces GeneratorExit.
static void close_delegate(Value recv, Value* exc) {
  try {
    if (recv.is_obj() && recv.o->kind == Kind::Generator) {
      Value close = getattr(recv, COIL_NAME("close"));
      call0(close);
    } else {
      Value close = getattr_opt(recv, COIL_NAME("close"));
      if (!close.is_undef()) call0(close);
    }
  } catch (PyError& e) {
    *exc = e.exc;
  }
}

static bool is_generator_exit(Value exc) {
  if (exc.is_obj() && exc.o->kind == Kind::Type)
    return static_cast<TypeObject*>(exc.o)->is_subtype(exc_types().GeneratorExit);
  return exception_matches(exc, make_obj(exc_types().GeneratorExit));
}

// The thrown value as the exception to raise in a frame: an exception
// class is instantiated; anything else but an exception is a TypeError
// (a delegate's throw() may have been given it as it was).
static Value exception_to_raise(Value v) {
  if (v.is_obj() && v.o->kind == Kind::Exception) return v;
  if (v.is_obj() && v.o->kind == Kind::Type && static_cast<TypeObject*>(v.o)->is_subtype(exc_types().BaseException))
    return call0(v);
  return make_obj(new_exception(exc_types().TypeError,
                                "exceptions must be classes or instances deriving from BaseException, not " +
                                    type_name(v)));
}

Frame* throw_into(Frame* f, Value* exc) {
  Frame* cur = f;
  while (is_delegating(cur)) {
    Value recv = cur->sp[-1];
    // GeneratorExit closes the delegate and is raised here (a native
    // awaitable is told through throw_in below instead).
    if (is_generator_exit(*exc) && !(recv.is_obj() && recv.o->kind == Kind::Native)) {
      cur->ip -= 1;
      vm().frame = cur;
      close_delegate(recv, exc);
      break;
    }
    if (recv.is_obj() && recv.o->kind != Kind::Native && recv.o->kind != Kind::Generator) {
      // Any other iterator gets the value through its own throw(), as it
      // was given; without one, it is raised here.
      Value meth = getattr_opt(recv, COIL_NAME("throw"));
      if (meth.is_undef()) {
        cur->ip -= 1;
        break;
      }
      vm().frame = cur;
      try {
        Value r = call1(meth, *exc);
        // It yielded r: this frame yields it on (YIELD_VALUE again).
        *cur->sp++ = r;
        cur->ip -= 1;
        *exc = Value();
      } catch (PyError& e) {
        if (exception_matches(e.exc, make_obj(exc_types().StopIteration))) {
          // It finished: `yield from` gives its value, as SEND would.
          Value args = as<Exception>(e.exc)->args;
          cur->sp[-1] = is_tuple(args) && !as<Tuple>(args)->items.empty() ? as<Tuple>(args)->items[0] : make_none();
          cur->ip = cur->code->instrs.data() + vm::instr_arg(cur->ip[-2]);
          *exc = Value();
        } else {
          cur->ip -= 1;
          *exc = e.exc;
        }
      }
      break;
    }
    cur->ip -= 1;  // the exception now surfaces at the SEND
    if (recv.is_obj() && recv.o->kind == Kind::Native) {
      *exc = exception_to_raise(*exc);
      // Native awaitables see the exception first (a sleep cancels its
      // timer, an async generator runs its handlers); whatever they raise
      // surfaces at the SEND.
      vm().frame = cur;
      try {
        static_cast<NativeObject*>(recv.o)->throw_in(*exc);
      } catch (PyError& e) {
        *exc = e.exc;
      }
      break;
    }
    if (recv.is_obj() && recv.o->kind == Kind::Generator &&
        static_cast<Generator*>(recv.o)->state == GenState::Suspended) {
      Generator* g2 = static_cast<Generator*>(recv.o);
      g2->state = GenState::Running;
      Frame* gf = g2->frame();
      gf->back = cur;
      ++vm().depth;
      gen_exc_enter(g2, vm().current_exc);
      cur = gf;
      continue;
    }
    break;
  }
  vm().frame = cur;
  if (!exc->is_undef()) *exc = exception_to_raise(*exc);
  return cur;
}

Value gen_resume(Generator* g, Value send, Value throw_exc, bool* returned) {
  if (g->state == GenState::Running) raisef(exc_types().ValueError, "%s already executing", gen_word(g));
  if (!throw_exc.is_undef() && g->state != GenState::Suspended) {
    // Throwing into a generator that has not started (or has finished)
    // raises at once and leaves it finished.
    if (g->state == GenState::Created) finish_generator(g);
    if (!g->started) {
      g->started = true;
      coroutine_started(g);
    }
    throw PyError{throw_exc};
  }
  if (g->state == GenState::Done) {
    if (g->is_coroutine()) raise(exc_types().RuntimeError, "cannot reuse already awaited coroutine");
    *returned = true;
    return make_none();
  }
  if (g->state == GenState::Created && !send.is_none())
    raisef(exc_types().TypeError, "can't send non-None value to a just-started %s", gen_word(g));
  Frame* gf = g->frame();
  if (throw_exc.is_undef() && g->state == GenState::Suspended) *gf->sp++ = send;
  g->state = GenState::Running;
  if (!g->started) {
    g->started = true;
    coroutine_started(g);
  }
  gf->back = vm().frame;
  gf->flags |= FRAME_ENTRY;
  gen_exc_enter(g, vm().current_exc);
  Value r = execute(gf, throw_exc);
  *returned = !vm().yielded;
  return r;
}

Value send_to_iterator(Value iter, Value v, bool* returned) {
  if (iter.is_obj() && iter.o->kind == Kind::Native) {
    auto* n = static_cast<NativeObject*>(iter.o);
    if (n->has_send()) return n->send(v, returned);
  }
  if (v.is_none() && iter.is_obj() && iter.o->kind == Kind::Iterator) {
    Value x = iter_next(iter);
    *returned = x.is_undef();
    return x.is_undef() ? make_none() : x;
  }
  // A value other than None goes to the iterator's send(); without one,
  // that lookup's AttributeError propagates (as CPython's SEND).
  Value method = v.is_none() ? getattr_opt(iter, COIL_NAME("__next__")) : getattr(iter, COIL_NAME("send"));
  if (method.is_undef())
    raise(exc_types().TypeError, "'" + type_name(iter) + "' object is not an iterator");
  try {
    Value r = v.is_none() ? call0(method) : call1(method, v);
    *returned = false;
    return r;
  } catch (PyError& e) {
    if (!exception_matches(e.exc, make_obj(exc_types().StopIteration))) throw;
    *returned = true;
    Value args = as<Exception>(e.exc)->args;
    if (is_tuple(args) && !as<Tuple>(args)->items.empty()) return as<Tuple>(args)->items[0];
    return make_none();
  }
}

Value get_awaitable(Value v, uint32_t where) {
  (void)where;
  if (v.is_obj()) {
    if (v.o->kind == Kind::Generator) {
      Generator* g = static_cast<Generator*>(v.o);
      if (g->is_coroutine()) return v;
      if (g->frame()->code->flags & vm::CO_ITERABLE_COROUTINE) return v;
    }
    if (v.o->kind == Kind::Native) {
      auto* n = static_cast<NativeObject*>(v.o);
      Value it = n->await_iter();
      if (!it.is_undef()) return it;
    }
  }
  Value aw = lookup_special(v, COIL_NAME("__await__"));
  if (aw.is_undef())
    raise(exc_types().TypeError, "object " + type_name(v) + " can't be used in 'await' expression");
  Value it = call0(aw);
  if (it.is_obj() && it.o->kind == Kind::Generator && static_cast<Generator*>(it.o)->is_coroutine())
    raise(exc_types().TypeError, "__await__() returned a coroutine");
  if (getattr_opt(it, COIL_NAME("__next__")).is_undef() && !(it.is_obj() && it.o->kind == Kind::Generator))
    raise(exc_types().TypeError, "__await__() returned non-iterator of type '" + type_name(it) + "'");
  return it;
}

Value get_aiter(Value v) {
  Value m = lookup_special(v, COIL_NAME("__aiter__"));
  if (m.is_undef())
    raise(exc_types().TypeError, "'async for' requires an object with __aiter__ method, got " + type_name(v));
  return call0(m);
}

Value get_anext(Value v) {
  Value m = lookup_special(v, COIL_NAME("__anext__"));
  if (m.is_undef())
    raise(exc_types().TypeError,
          "'async for' requires an iterator with __anext__ method, got " + type_name(v));
  Value aw = call0(m);
  Rooted root(aw);
  return get_awaitable(aw, 0);
}

// ----------------------------------------------------------------- with

void before_with(Value mgr, Value* exit, Value* enter_result) {
  Value enter = lookup_special(mgr, COIL_NAME("__enter__"));
  Value ex = lookup_special(mgr, COIL_NAME("__exit__"));
  if (enter.is_undef() || ex.is_undef())
    raise(exc_types().TypeError, "'" + type_name(mgr) + "' object does not support the context manager protocol");
  Rooted root(ex);
  *enter_result = call0(enter);
  *exit = ex;
}

void before_async_with(Value mgr, Value* exit, Value* enter_awaitable) {
  Value enter = lookup_special(mgr, COIL_NAME("__aenter__"));
  Value ex = lookup_special(mgr, COIL_NAME("__aexit__"));
  if (enter.is_undef() || ex.is_undef())
    raise(exc_types().TypeError,
          "'" + type_name(mgr) + "' object does not support the asynchronous context manager protocol");
  Rooted root(ex);
  Value aw = call0(enter);
  Rooted root2(aw);
  *enter_awaitable = get_awaitable(aw, 1);
  *exit = ex;
}

// ----------------------------------------------------------------- REPL

void display_value(Value v) {
  if (v.is_none()) return;
  Dict* b = vm().builtins;
  // As CPython's sys.displayhook: `_` is None while repr runs (it may fail).
  b->set_str(COIL_NAME("_"), make_none());
  // repr, then through sys.stdout's writer (so a closed pipe raises as
  // print() does).
  stdout_write(repr(v) + "\n");
  b->set_str(COIL_NAME("_"), v);
}

void print_expr(Value v) {
  // PRINT_EXPR calls sys.displayhook, which a script may replace; the
  // default one is called directly.
  Value sys = vm().modules->get_str(COIL_NAME("sys"));
  if (!(sys.is_obj() && sys.o->kind == Kind::Module)) {
    display_value(v);
    return;
  }
  Value hook = as<Module>(sys)->dict->get_str(COIL_NAME("displayhook"));
  if (hook.is_undef()) raise(exc_types().RuntimeError, "lost sys.displayhook");
  if (hook.is_obj() && hook.o->kind == Kind::NativeFunction && as<NativeFunction>(hook)->fn == sys_displayhook) {
    display_value(v);
    return;
  }
  call1(hook, v);
}

// A class namespace that is a dict subclass (from a metaclass's
// __prepare__) is read and written through its own __getitem__,
// __setitem__ and __delitem__, as CPython's LOAD_NAME and STORE_NAME do for
// any non-exact dict; a KeyError means "not here".
Value namespace_get(Dict* ns, Str* name) {
  try {
    return getitem(make_obj(ns), make_obj(name));
  } catch (PyError& e) {
    if (!exception_matches(e.exc, make_obj(exc_types().KeyError))) throw;
    return Value();
  }
}

Value builtin_for(Value b, Str* name) {
  if (b.is_undef()) return vm().builtins->get_str(name);
  if (is_exact(b, Kind::Dict)) return as<Dict>(b)->get_str(name);
  try {
    return getitem(b, make_obj(name));
  } catch (PyError& e) {
    if (!exception_matches(e.exc, make_obj(exc_types().KeyError))) throw;
    return Value();
  }
}

void setup_annotations(Dict* ns) {
  Str* key = COIL_NAME("__annotations__");
  if (!ns->has_side_attrs) {
    if (ns->get_str(key).is_undef()) ns->set_str(key, make_obj(new_dict()));
    return;
  }
  // A dict subclass, or a mapping exec() was given: through its dunders.
  if (!namespace_get(ns, key).is_undef()) return;
  Rooted ann(make_obj(new_dict()));
  setitem(make_obj(ns), make_obj(key), ann.get());
}

void namespace_delete(Dict* ns, Str* name) {
  try {
    delitem(make_obj(ns), make_obj(name));
  } catch (PyError& e) {
    if (!exception_matches(e.exc, make_obj(exc_types().KeyError))) throw;
    raise(exc_types().NameError, "name '" + name->s + "' is not defined");
  }
}

}  // namespace coil::rt
