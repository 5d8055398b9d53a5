// The dispatch loop: runs script frames without C++ recursion per call.
//
// One function, execute(), runs the frame chain starting at an entry frame.
// Calls to script functions push a frame and continue in the same loop;
// generators and coroutines link their embedded frame above the resumer and
// unlink it when they yield. Native code that calls back into script code
// starts a nested execute() with an entry frame; an `await` can never
// suspend across it, because a yield always returns to the nearest entry.
//
// Errors are C++ PyError throws (natives and the helpers here raise them);
// the catch at the bottom of the loop is the one error label: it appends the
// traceback entry, looks up the handler in the exception table, and unwinds
// frames until one handles it or the entry frame is left.
#include <cmath>
#include <cstring>
#include <new>

#include "parser/ast.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/exception_group.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/numbers.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/repl.h"
#include "runtime/set.h"
#include "runtime/set_ops.h"
#include "runtime/signals.h"
#include "runtime/stack_guard.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"
#include "runtime/suggestions.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"
#include "runtime/warnings.h"
#include "runtime/weakref.h"
#include "vm/call.h"
#include "stdlib/modules.h"
#include "vm/interp_support.h"

namespace coil::rt {

using vm::Instr;
using vm::Op;

namespace {

// Keeps VM::native_depth balanced when execute() leaves by a throw.
struct NativeDepthGuard {
  NativeDepthGuard() {
    check_c_stack();
    if (++vm().native_depth > vm().recursion_limit + 50) {
      --vm().native_depth;
      raise(exc_types().RecursionError, "maximum recursion depth exceeded while calling a Python object");
    }
  }
  ~NativeDepthGuard() { --vm().native_depth; }
};

inline bool is_gen(Value v) { return v.is_obj() && v.o->kind == Kind::Generator; }

// BUILD_STRING's work, out of line: an opcode body may not hold a local with
// a destructor (computed goto may not jump out of its scope).
Value concat_strs(const Value* first, uint32_t n) {
  std::string out;
  for (const Value* p = first; p < first + n; ++p) out += as_str(*p)->s;
  return str_value(out);
}

}  // namespace

Value execute(Frame* entry, Value throw_exc) {
  VM& m = vm();
  NativeDepthGuard guard;
  Frame* f = entry;
  vm::Code* code;
  const Instr* ip;
  Value* sp;
  Value* slots;
  const Value* consts;
  Str* const* names;
  bool skip_tb = false;  // the pending exception already has this frame's entry
  Value pending;         // the exception caught by the error label
  // Set by KW_NAMES for the CALL that follows it (a constant of the code
  // object, so it needs no rooting).
  Tuple* pending_kwnames = nullptr;

#define LOAD_FRAME()                 \
  do {                               \
    code = f->code;                  \
    ip = f->ip;                      \
    sp = f->sp;                      \
    slots = f->slots();              \
    consts = code->consts.data();    \
    names = code->names.data();      \
  } while (0)
#define SAVE_FRAME() \
  do {               \
    f->ip = ip;      \
    f->sp = sp;      \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
  // A safe point: all live values are in frames. Collect if one is due, and
  // run the Python-level handlers of signals that arrived (Ctrl-C raises
  // KeyboardInterrupt here).
// A name lost a weakly referenced object: collect now, so that its weak
// references die and their callbacks run where CPython's refcounting would
// run them (runtime/weakref.h).
// Without callbacks, the next read of a weak reference collects instead.
#define COLLECT_IF_WEAK_REFERENT(old)                               \
  do {                                                              \
    if (__builtin_expect((old).is_obj() && (old).o->has_weakrefs, 0)) { \
      if ((old).o->has_weak_callbacks) {                            \
        SAVE_FRAME();                                               \
        m.frame = f;                                                \
        heap().collect();                                           \
        after_collection();                                         \
      } else {                                                      \
        weak_referent_lost();                                       \
      }                                                             \
    }                                                               \
  } while (0)

#define SAFE_POINT()                                      \
  do {                                                    \
    if (heap().pending) {                                 \
      SAVE_FRAME();                                       \
      m.frame = f;                                        \
      heap().collect();                                   \
      after_collection();                                 \
    }                                                     \
    if (g_signal_pending.load(std::memory_order_relaxed)) { \
      SAVE_FRAME();                                       \
      m.frame = f;                                        \
      run_pending_signals();                              \
    }                                                     \
    FUZZ_TICK();                                          \
  } while (0)
#if COIL_FUZZING
#define FUZZ_TICK()              \
  do {                           \
    if (--m.fuzz_budget < 0) {   \
      SAVE_FRAME();              \
      m.frame = f;               \
      raise_fuzz_budget_exhausted(); \
    }                            \
  } while (0)
#else
#define FUZZ_TICK() ((void)0)
#endif

  m.frame = f;
  ++m.depth;
  LOAD_FRAME();

#if COIL_COMPUTED_GOTO
  static void* const labels[] = {
#define COIL_OP_LABEL(name, effect, jeffect, doc) &&L_##name,
      COIL_OPCODES(COIL_OP_LABEL)
#undef COIL_OP_LABEL
  };
#define TARGET(name) L_##name:
#define NEXT()                         \
  do {                                 \
    instr = *ip++;                     \
    arg = instr >> 8;                  \
    goto* labels[instr & 0xFF];        \
  } while (0)
#else
#define TARGET(name) case Op::name:
#define NEXT() goto next_instr
#endif

  for (;;) {
    try {
      Instr instr;
      uint32_t arg;
      if (!throw_exc.is_undef()) {
        Value exc = throw_exc;
        throw_exc = Value();
        f = throw_into(f, &exc);  // may link delegate frames above f
        m.frame = f;
        LOAD_FRAME();
        // Undef: a delegate's throw() answered (a value to yield on, or
        // its return value), and f resumes without an exception.
        if (!exc.is_undef()) raise_value_at_resume(exc);
      }
#if COIL_COMPUTED_GOTO
      NEXT();
#else
    next_instr:
      instr = *ip++;
      arg = instr >> 8;
      switch (vm::instr_op(instr)) {
#endif

      TARGET(NOP) { NEXT(); }
      TARGET(POP_TOP) {
        Value v = *--sp;
        if (__builtin_expect(v.is_obj() && v.o->kind == Kind::Generator, 0) &&
            !static_cast<Generator*>(v.o)->started && v.o->type == types().coroutine) {
          // A coroutine dropped unawaited: CPython warns right here.
          SAVE_FRAME();
          m.frame = f;
          check_unawaited_coroutines();
        }
        NEXT();
      }
      TARGET(COPY) {
        Value v = sp[-static_cast<int>(arg)];
        PUSH(v);
        NEXT();
      }
      TARGET(SWAP) {
        Value t = TOP();
        TOP() = sp[-static_cast<int>(arg)];
        sp[-static_cast<int>(arg)] = t;
        NEXT();
      }
      TARGET(PUSH_NULL) {
        PUSH(Value());
        NEXT();
      }
      TARGET(LOAD_CONST) {
        PUSH(consts[arg]);
        NEXT();
      }
      TARGET(LOAD_FAST) {
        Value v = slots[arg];
        if (__builtin_expect(v.is_undef(), 0)) {
          SAVE_FRAME();
          raise_unbound_local(code, arg);
        }
        PUSH(v);
        NEXT();
      }
      TARGET(STORE_FAST) {
        slots[arg] = POP();
        NEXT();
      }
      TARGET(LOAD_FAST_LOAD_FAST) {
        Value a = slots[arg & 0xFFF];
        Value b = slots[arg >> 12];
        if (__builtin_expect(a.is_undef() || b.is_undef(), 0)) {
          SAVE_FRAME();
          raise_unbound_local(code, a.is_undef() ? (arg & 0xFFF) : (arg >> 12));
        }
        sp[0] = a;
        sp[1] = b;
        sp += 2;
        ++ip;
        NEXT();
      }
      TARGET(LOAD_FAST_LOAD_CONST) {
        Value a = slots[arg & 0xFFF];
        if (__builtin_expect(a.is_undef(), 0)) {
          SAVE_FRAME();
          raise_unbound_local(code, arg & 0xFFF);
        }
        sp[0] = a;
        sp[1] = consts[arg >> 12];
        sp += 2;
        ++ip;
        NEXT();
      }
      TARGET(STORE_FAST_LOAD_FAST) {
        slots[arg & 0xFFF] = POP();
        Value b = slots[arg >> 12];
        if (__builtin_expect(b.is_undef(), 0)) {
          SAVE_FRAME();
          ++ip;
          raise_unbound_local(code, arg >> 12);
        }
        PUSH(b);
        ++ip;
        NEXT();
      }
      TARGET(DELETE_FAST) {
        if (slots[arg].is_undef()) {
          SAVE_FRAME();
          raise_unbound_local(code, arg);
        }
        Value old = slots[arg];
        slots[arg] = Value();
        COLLECT_IF_WEAK_REFERENT(old);
        NEXT();
      }
      TARGET(LOAD_DEREF) {
        Value v = as<Cell>(slots[code->nlocals() + arg])->value;
        if (v.is_undef()) {
          SAVE_FRAME();
          raise_unbound_deref(code, arg);
        }
        PUSH(v);
        NEXT();
      }
      TARGET(STORE_DEREF) {
        as<Cell>(slots[code->nlocals() + arg])->value = POP();
        NEXT();
      }
      TARGET(DELETE_DEREF) {
        Cell* c = as<Cell>(slots[code->nlocals() + arg]);
        if (c->value.is_undef()) {
          SAVE_FRAME();
          raise_unbound_deref(code, arg);
        }
        Value old = c->value;
        c->value = Value();
        COLLECT_IF_WEAK_REFERENT(old);
        NEXT();
      }
      TARGET(LOAD_CLOSURE) {
        PUSH(slots[code->nlocals() + arg]);
        NEXT();
      }
      TARGET(LOAD_GLOBAL_CALLABLE) {
        PUSH(Value());
        goto load_global;
      }
      TARGET(LOAD_GLOBAL) {
      load_global:
        Dict* g = f->globals;
        vm::GlobalCache& c = code->global_cache[arg];
        if (c.globals == g && c.globals_version == g->version &&
            (!c.in_builtins || c.builtins_version == m.builtins->version)) {
          Value v = (c.in_builtins ? m.builtins : g)->entries[c.index].value;
          PUSH(v);
          NEXT();
        }
        Str* name = names[arg];
        int64_t ix = g->find(make_obj(name), name->hash());
        if (ix >= 0) {
          c = {g, g->version, 0, static_cast<int32_t>(ix), false};
          PUSH(g->entries[ix].value);
          NEXT();
        }
        if (__builtin_expect(!f->func->builtins.is_undef(), 0)) {
          // Sandboxed code (eval/exec with globals['__builtins__'] of its
          // own): looked up there each time, never cached.
          SAVE_FRAME();
          Value v = builtin_for(f->func->builtins, name);
          if (v.is_undef()) raise_name_error(name, f);
          PUSH(v);
          NEXT();
        }
        ix = m.builtins->find(make_obj(name), name->hash());
        if (ix < 0) {
          SAVE_FRAME();
          raise_name_error(name, f);
        }
        c = {g, g->version, m.builtins->version, static_cast<int32_t>(ix), true};
        PUSH(m.builtins->entries[ix].value);
        NEXT();
      }
      TARGET(STORE_GLOBAL) {
        SAVE_FRAME();
        Value old = f->globals->exchange_str(names[arg], POP());
        COLLECT_IF_WEAK_REFERENT(old);
        NEXT();
      }
      TARGET(DELETE_GLOBAL) {
        SAVE_FRAME();
        Value old;
        if (!f->globals->remove(make_obj(names[arg]), &old))
          raise(exc_types().NameError, "name '" + names[arg]->s + "' is not defined");
        COLLECT_IF_WEAK_REFERENT(old);
        NEXT();
      }
      TARGET(LOAD_NAME) {
        SAVE_FRAME();
        Str* name = names[arg];
        Value v;
        if (f->locals_dict && f->locals_dict->has_side_attrs) {
          v = namespace_get(f->locals_dict, name);  // a metaclass's __prepare__ made it
        } else if (f->locals_dict) {
          v = f->locals_dict->get_str(name);
        }
        if (v.is_undef()) v = f->globals->get_str(name);
        if (v.is_undef()) v = builtin_for(f->func->builtins, name);
        if (v.is_undef()) raise_name_error(name, f);
        PUSH(v);
        NEXT();
      }
      TARGET(STORE_NAME) {
        SAVE_FRAME();
        Dict* ns = f->locals_dict ? f->locals_dict : f->globals;
        Value old;
        if (ns->has_side_attrs) setitem(make_obj(ns), make_obj(names[arg]), TOP());  // its __setitem__
        else old = ns->exchange_str(names[arg], TOP());
        --sp;
        COLLECT_IF_WEAK_REFERENT(old);
        NEXT();
      }
      TARGET(DELETE_NAME) {
        SAVE_FRAME();
        Dict* ns = f->locals_dict ? f->locals_dict : f->globals;
        Value old;
        if (ns->has_side_attrs) {
          namespace_delete(ns, names[arg]);
        } else if (!ns->remove(make_obj(names[arg]), &old)) {
          raise(exc_types().NameError, "name '" + names[arg]->s + "' is not defined");
        }
        COLLECT_IF_WEAK_REFERENT(old);
        NEXT();
      }
      TARGET(LOAD_ATTR) {
        Value obj = TOP();
        if (obj.is_obj() && obj.o->kind == Kind::Instance) {
          Instance* inst = static_cast<Instance*>(obj.o);
          vm::AttrCache& c = attr_cache_for(code, ip);
          if (DictEntry* e = cached_instance_entry(c, inst, names[arg])) {
            TOP() = e->value;
            NEXT();
          }
          SAVE_FRAME();
          TOP() = load_attr_slow(inst, names[arg], c);
          NEXT();
        }
        if (obj.is_obj() && obj.o->kind == Kind::Module) {  // math.pi, module.CONSTANT
          Module* mod = static_cast<Module*>(obj.o);
          vm::AttrCache& c = attr_cache_for(code, ip);
          if (DictEntry* e = cached_module_entry(c, mod, names[arg])) {
            TOP() = e->value;
            NEXT();
          }
          Value v = load_module_attr(mod, names[arg], c);
          if (!v.is_undef()) {
            TOP() = v;
            NEXT();
          }
        }
        SAVE_FRAME();
        TOP() = getattr(obj, names[arg]);
        NEXT();
      }
      TARGET(STORE_ATTR) {
        Value obj = TOP();
        if (obj.is_obj() && obj.o->kind == Kind::Instance) {
          Instance* inst = static_cast<Instance*>(obj.o);
          vm::AttrCache& c = attr_cache_for(code, ip);
          if (DictEntry* e = cached_instance_entry(c, inst, names[arg])) {
            e->value = SECOND();
            sp -= 2;
            NEXT();
          }
          SAVE_FRAME();
          store_attr_slow(inst, names[arg], SECOND(), c);
          sp -= 2;
          NEXT();
        }
        SAVE_FRAME();
        setattr(obj, names[arg], SECOND());
        sp -= 2;
        NEXT();
      }
      TARGET(DELETE_ATTR) {
        SAVE_FRAME();
        delattr(TOP(), names[arg]);
        --sp;
        NEXT();
      }
      TARGET(LOAD_METHOD) {
        Value obj = TOP();
        if (obj.is_obj() && obj.o->kind == Kind::Instance) {
          Instance* inst = static_cast<Instance*>(obj.o);
          vm::AttrCache& c = attr_cache_for(code, ip);
          if (c.type == inst->type && c.epoch == class_epoch && !c.method.is_undef() &&
              (inst->dict->used == 0 || inst->dict->get_str(names[arg]).is_undef())) {
            TOP() = c.method;
            PUSH(obj);
            NEXT();
          }
          SAVE_FRAME();
          Value meth;
          if (get_method(obj, names[arg], &meth)) {
            if (meth.is_obj() && meth.o->kind == Kind::Function) {
              c.type = inst->type;
              c.epoch = class_epoch;
              c.method = meth;
            }
            TOP() = meth;
            PUSH(obj);
          } else {
            TOP() = Value();
            PUSH(meth);
          }
          NEXT();
        }
        if (obj.is_obj() && obj.o->kind == Kind::Module) {  // math.sqrt(x): a plain attribute, not bound
          Module* mod = static_cast<Module*>(obj.o);
          vm::AttrCache& c = attr_cache_for(code, ip);
          Value v;
          if (DictEntry* e = cached_module_entry(c, mod, names[arg])) v = e->value;
          else v = load_module_attr(mod, names[arg], c);
          if (!v.is_undef()) {
            TOP() = Value();
            PUSH(v);
            NEXT();
          }
        }
        SAVE_FRAME();
        Value meth;
        if (get_method(obj, names[arg], &meth)) {
          TOP() = meth;
          PUSH(obj);
        } else {
          TOP() = Value();
          PUSH(meth);
        }
        NEXT();
      }
      TARGET(KW_NAMES) {
        pending_kwnames = as<Tuple>(consts[arg]);
        NEXT();
      }
      TARGET(CALL) {
        Tuple* kwnames = pending_kwnames;
        pending_kwnames = nullptr;
        int nkw = kwnames ? static_cast<int>(kwnames->size()) : 0;
        int total = static_cast<int>(arg);   // positional + keyword values
        Value* base = sp - total - 2;
        Value callable;
        Value* args;
        int nargs;
      call_again:
        if (base[0].is_undef()) {
          callable = base[1];
          args = base + 2;
          nargs = total - nkw;
        } else {
          callable = base[0];
          args = base + 1;
          nargs = total - nkw + 1;
        }
        if (callable.is_obj()) {
          Object* co = callable.o;
          if (co->kind == Kind::Function) {
            Function* fn = static_cast<Function*>(co);
            SAVE_FRAME();
            if (__builtin_expect(fn->code->is_generator_like(), 0)) {
              Value g = make_obj(make_generator(fn, args, nargs, kwnames));
              sp = base;
              PUSH(g);
              NEXT();
            }
            vm::Code* fc = fn->code;
            Frame* nf;
            if ((fc->flags & vm::CO_SIMPLE_ARGS) && !kwnames && nargs == fc->argcount &&
                m.depth < m.recursion_limit &&
                m.fstack_top + frame_bytes(fc) <= m.fstack_end) {
              // Fast path: positional arguments copied straight into place.
              nf = reinterpret_cast<Frame*>(m.fstack_top);
              m.fstack_top += frame_bytes(fc);
              nf->code = fc;
              nf->func = fn;
              nf->globals = fn->globals;
              nf->locals_dict = nullptr;
              nf->ip = fc->instrs.data();
              nf->gen = nullptr;
              nf->flags = 0;
              Value* ns = nf->slots();
              int nloc = fc->nlocals();
              for (int i = 0; i < nargs; ++i) ns[i] = args[i];
              for (int i = nargs; i < nloc; ++i) ns[i] = Value();
              int nfree = fc->nfree();
              for (int i = 0; i < nfree; ++i) ns[nloc + i] = fn->closure->items[i];
              nf->sp = ns + nloc + nfree;
            } else {
              nf = push_frame(fn, args, nargs, kwnames);
            }
            f->sp = base;  // the result lands where the callable was
            nf->back = f;
            f = nf;
            ++m.depth;
            m.frame = f;
            LOAD_FRAME();
            SAFE_POINT();
            NEXT();
          }
          if (co->kind == Kind::BoundMethod && base[0].is_undef()) {
            BoundMethod* bm = static_cast<BoundMethod*>(co);
            base[0] = bm->func;
            base[1] = bm->self;
            goto call_again;
          }
          if (co->kind == Kind::NativeFunction) {
            NativeFunction* nfn = static_cast<NativeFunction*>(co);
            SAVE_FRAME();
            Value result;
            if (nfn->self.is_undef()) {
              Args a{args, nargs, kwnames, nfn};
              result = nfn->invoke(a);
            } else {
              // A native bound to a receiver: receiver goes first.
              Value* tmp = static_cast<Value*>(alloca(sizeof(Value) * (total + 2)));
              tmp[0] = nfn->self;
              std::memcpy(static_cast<void*>(tmp + 1), args, sizeof(Value) * (nargs + nkw));
              Args a{tmp, nargs + 1, kwnames, nfn};
              result = nfn->invoke(a);
            }
            sp = base;
            PUSH(result);
            NEXT();
          }
          if (co->kind == Kind::Type) {
            TypeObject* cls = static_cast<TypeObject*>(co);
            Value init;
            if (base[0].is_undef() && !cls->is_builtin &&
                (init = class_init_for_call(cls)).is_obj() && init.o->kind == Kind::Function &&
                !static_cast<Function*>(init.o)->code->is_generator_like()) {
              // Run __init__ in this loop; the instance waits on our stack.
              SAVE_FRAME();
              Value inst = make_instance(cls);
              base[0] = init;
              base[1] = inst;
              Frame* nf = push_frame(static_cast<Function*>(init.o), base + 1, nargs + 1, kwnames);
              base[0] = inst;
              f->sp = base + 1;
              nf->back = f;
              nf->flags |= FRAME_INIT;
              f = nf;
              ++m.depth;
              m.frame = f;
              LOAD_FRAME();
              SAFE_POINT();
              NEXT();
            }
          }
        }
        SAVE_FRAME();
        Value result = call(callable, args, nargs, kwnames);
        sp = base;
        PUSH(result);
        NEXT();
      }
      TARGET(CALL_EX) {
        SAVE_FRAME();
        Value kw = (arg & 1) ? POP() : Value();
        Value posargs = POP();
        Value callable = POP();
        --sp;  // the empty self slot
        PUSH(callable);  // keep it rooted while the call runs
        PUSH(posargs);
        if (!kw.is_undef()) PUSH(kw);
        SAVE_FRAME();
        Value result = call_ex(callable, posargs, kw);
        sp -= kw.is_undef() ? 2 : 3;
        PUSH(result);
        NEXT();
      }
      TARGET(BINARY_OP) {
        Value b = TOP();
        Value a = SECOND();
        if (a.is_int() && b.is_int()) {
          int64_t x = a.i, y = b.i, r;
          switch (static_cast<ast::BinOpKind>(arg & 15)) {
            case ast::BinOpKind::Add:
              if (!__builtin_add_overflow(x, y, &r)) { --sp; TOP() = make_int(r); NEXT(); }
              break;
            case ast::BinOpKind::Sub:
              if (!__builtin_sub_overflow(x, y, &r)) { --sp; TOP() = make_int(r); NEXT(); }
              break;
            case ast::BinOpKind::Mult:
              if (!__builtin_mul_overflow(x, y, &r)) { --sp; TOP() = make_int(r); NEXT(); }
              break;
            case ast::BinOpKind::Mod:
              if (y > 0) { r = x % y; if (r < 0) r += y; --sp; TOP() = make_int(r); NEXT(); }
              break;
            case ast::BinOpKind::FloorDiv:
              if (y > 0) { r = x / y; if ((x % y) < 0) --r; --sp; TOP() = make_int(r); NEXT(); }
              break;
            case ast::BinOpKind::BitAnd: --sp; TOP() = make_int(x & y); NEXT();
            case ast::BinOpKind::BitOr: --sp; TOP() = make_int(x | y); NEXT();
            case ast::BinOpKind::BitXor: --sp; TOP() = make_int(x ^ y); NEXT();
            case ast::BinOpKind::RShift:
              if (y >= 0) { --sp; TOP() = make_int(y > 63 ? (x < 0 ? -1 : 0) : x >> y); NEXT(); }
              break;
            default: break;
          }
        } else if (a.is_float() && b.is_float()) {
          double x = a.f, y = b.f;
          switch (static_cast<ast::BinOpKind>(arg & 15)) {
            case ast::BinOpKind::Add: --sp; TOP() = make_float(x + y); NEXT();
            case ast::BinOpKind::Sub: --sp; TOP() = make_float(x - y); NEXT();
            case ast::BinOpKind::Mult: --sp; TOP() = make_float(x * y); NEXT();
            case ast::BinOpKind::Div:
              if (y != 0) { --sp; TOP() = make_float(x / y); NEXT(); }
              break;
            case ast::BinOpKind::Pow:
              // A positive finite base and a finite result: no complex
              // result, ZeroDivisionError or OverflowError to decide.
              if (x > 0 && std::isfinite(x) && std::isfinite(y)) {
                double r = std::pow(x, y);
                if (std::isfinite(r)) { --sp; TOP() = make_float(r); NEXT(); }
              }
              break;
            default: break;
          }
        } else if (is_exact(a, Kind::Str) && !(b.is_obj() && b.o->has_side_attrs)) {
          // str + str and str % args: str's own slot decides (a subclass of
          // str on the right, which might reflect, is excluded above).
          ast::BinOpKind k = static_cast<ast::BinOpKind>(arg & 15);
          if (k == ast::BinOpKind::Mod) {
            SAVE_FRAME();
            Value r = str_mod(as_str(a), b);
            --sp;
            TOP() = r;
            NEXT();
          }
          if (k == ast::BinOpKind::Add && is_exact(b, Kind::Str)) {
            SAVE_FRAME();
            Value r = make_obj(str_concat(as_str(a), as_str(b)));
            --sp;
            TOP() = r;
            NEXT();
          }
        }
        SAVE_FRAME();
        Value r = binary_op(static_cast<int>(arg & 15), a, b, (arg & 16) != 0);
        --sp;
        TOP() = r;
        NEXT();
      }
      TARGET(COMPARE_OP) {
        Value b = TOP();
        Value a = SECOND();
        bool r;
        if (a.is_int() && b.is_int()) {
          int64_t x = a.i, y = b.i;
          switch (static_cast<ast::CmpOpKind>(arg)) {
            case ast::CmpOpKind::Eq: r = x == y; break;
            case ast::CmpOpKind::NotEq: r = x != y; break;
            case ast::CmpOpKind::Lt: r = x < y; break;
            case ast::CmpOpKind::LtE: r = x <= y; break;
            case ast::CmpOpKind::Gt: r = x > y; break;
            default: r = x >= y; break;
          }
        } else if (a.is_float() && b.is_float()) {
          double x = a.f, y = b.f;
          switch (static_cast<ast::CmpOpKind>(arg)) {
            case ast::CmpOpKind::Eq: r = x == y; break;
            case ast::CmpOpKind::NotEq: r = x != y; break;
            case ast::CmpOpKind::Lt: r = x < y; break;
            case ast::CmpOpKind::LtE: r = x <= y; break;
            case ast::CmpOpKind::Gt: r = x > y; break;
            default: r = x >= y; break;
          }
        } else {
          SAVE_FRAME();
          Value res = compare(static_cast<int>(arg), a, b);
          --sp;
          TOP() = res;
          NEXT();
        }
        // A comparison feeding a conditional jump skips the bool.
        Instr next = *ip;
        if (vm::instr_op(next) == Op::POP_JUMP_IF_FALSE) {
          sp -= 2;
          ip = r ? ip + 1 : code->instrs.data() + vm::instr_arg(next);
          NEXT();
        }
        if (vm::instr_op(next) == Op::POP_JUMP_IF_TRUE) {
          sp -= 2;
          ip = r ? code->instrs.data() + vm::instr_arg(next) : ip + 1;
          NEXT();
        }
        --sp;
        TOP() = make_bool(r);
        NEXT();
      }
      TARGET(IS_OP) {
        bool r = SECOND().identical(TOP()) != (arg != 0);
        --sp;
        TOP() = make_bool(r);
        NEXT();
      }
      TARGET(CONTAINS_OP) {
        SAVE_FRAME();
        bool r = contains(TOP(), SECOND()) != (arg != 0);
        --sp;
        TOP() = make_bool(r);
        NEXT();
      }
      TARGET(UNARY_NEGATIVE) {
        SAVE_FRAME();
        TOP() = unary_negative(TOP());
        NEXT();
      }
      TARGET(UNARY_POSITIVE) {
        SAVE_FRAME();
        TOP() = unary_positive(TOP());
        NEXT();
      }
      TARGET(UNARY_NOT) {
        SAVE_FRAME();
        TOP() = make_bool(!truthy(TOP()));
        NEXT();
      }
      TARGET(UNARY_INVERT) {
        SAVE_FRAME();
        TOP() = unary_invert(TOP());
        NEXT();
      }
      TARGET(BINARY_SUBSCR) {
        Value key = TOP();
        Value obj = SECOND();
        if (is_exact(obj, Kind::List) && key.is_int()) {
          List* l = static_cast<List*>(obj.o);
          int64_t i = key.i;
          int64_t n = static_cast<int64_t>(l->items.size());
          if (i < 0) i += n;
          if (i >= 0 && i < n) {
            --sp;
            TOP() = l->items[i];
            NEXT();
          }
        }
        SAVE_FRAME();
        Value r = getitem(obj, key);
        --sp;
        TOP() = r;
        NEXT();
      }
      TARGET(STORE_SUBSCR) {
        SAVE_FRAME();
        setitem(SECOND(), TOP(), sp[-3]);
        sp -= 3;
        NEXT();
      }
      TARGET(DELETE_SUBSCR) {
        SAVE_FRAME();
        delitem(SECOND(), TOP());
        sp -= 2;
        NEXT();
      }
      TARGET(BUILD_SLICE) {
        Value step = arg == 3 ? POP() : make_none();
        Value stop = POP();
        Value start = TOP();
        TOP() = make_obj(heap().make<Slice>(start, stop, step));
        NEXT();
      }
      TARGET(BUILD_TUPLE) {
        Tuple* t = new_tuple(std::vector<Value>(sp - arg, sp));
        sp -= arg;
        PUSH(make_obj(t));
        NEXT();
      }
      TARGET(BUILD_LIST) {
        List* l = new_list(std::vector<Value>(sp - arg, sp));
        sp -= arg;
        PUSH(make_obj(l));
        NEXT();
      }
      TARGET(BUILD_SET) {
        Set* s = new_set();
        Value sv = make_obj(s);
        // Hashing may run script code (a safe point): keep the new set on
        // the stack, above the items, while it fills.
        *sp = sv;
        f->ip = ip;
        f->sp = sp + 1;
        for (uint32_t i = 0; i < arg; ++i) s->add(sp[-static_cast<int>(arg) + static_cast<int>(i)]);
        sp -= arg;
        PUSH(sv);
        NEXT();
      }
      TARGET(BUILD_MAP) {
        Dict* d = new_dict();
        Value dv = make_obj(d);
        // As BUILD_SET: the dict stays reachable while keys are hashed.
        *sp = dv;
        f->ip = ip;
        f->sp = sp + 1;
        Value* first = sp - 2 * arg;
        for (uint32_t i = 0; i < arg; ++i) d->set(first[2 * i], first[2 * i + 1]);
        sp = first;
        PUSH(dv);
        NEXT();
      }
      TARGET(BUILD_STRING) {
        Value s = concat_strs(sp - arg, arg);
        sp -= arg;
        PUSH(s);
        NEXT();
      }
      TARGET(LIST_APPEND) {
        Value v = POP();
        as<List>(sp[-static_cast<int>(arg)])->items.push_back(v);
        NEXT();
      }
      TARGET(SET_ADD) {
        SAVE_FRAME();
        Value v = TOP();
        as<Set>(sp[-static_cast<int>(arg) - 1])->add(v);
        --sp;
        NEXT();
      }
      TARGET(MAP_ADD) {
        SAVE_FRAME();
        Value v = TOP();
        Value k = SECOND();
        as<Dict>(sp[-static_cast<int>(arg) - 2])->set(k, v);
        sp -= 2;
        NEXT();
      }
      TARGET(LIST_EXTEND) {
        SAVE_FRAME();
        list_extend_from(as<List>(sp[-static_cast<int>(arg) - 1]), TOP());
        --sp;
        NEXT();
      }
      TARGET(SET_UPDATE) {
        SAVE_FRAME();
        set_update(as<Set>(sp[-static_cast<int>(arg) - 1]), TOP());
        --sp;
        NEXT();
      }
      TARGET(DICT_UPDATE) {
        SAVE_FRAME();
        dict_update_from(as<Dict>(sp[-static_cast<int>(arg) - 1]), TOP(), false, Value());
        --sp;
        NEXT();
      }
      TARGET(DICT_MERGE) {
        SAVE_FRAME();
        // The callable sits below the dict being built, for the error text.
        dict_update_from(as<Dict>(sp[-static_cast<int>(arg) - 1]), TOP(), true, sp[-static_cast<int>(arg) - 3]);
        --sp;
        NEXT();
      }
      TARGET(LIST_TO_TUPLE) {
        TOP() = make_obj(new_tuple(as<List>(TOP())->items));
        NEXT();
      }
      TARGET(FORMAT_VALUE) {
        SAVE_FRAME();
        Value spec = (arg & 4) ? POP() : Value();
        Value v = TOP();
        int conv = arg & 3;
        if (conv == 1) v = make_obj(str_str(v));
        else if (conv == 2) v = make_obj(repr_str(v));
        else if (conv == 3) v = str_value(ascii_of(repr(v)));
        if (spec.is_undef() || as_str(spec)->s.empty()) {
          // format(v, '') is str(v) unless the class defines __format__,
          // which format_value consults.
          if (v.is_obj() && (v.o->kind == Kind::Instance || v.o->kind == Kind::Exception))
            v = str_value(format_value(v, ""));
          else if (!(v.is_obj() && v.o->kind == Kind::Str && v.o->type == types().str))
            v = make_obj(str_str(v));
        } else {
          v = str_value(format_value(v, as_str(spec)->s));
        }
        TOP() = v;
        NEXT();
      }
      TARGET(JUMP) {
        const Instr* target = code->instrs.data() + arg;
        if (target < ip) SAFE_POINT();
        ip = target;
        NEXT();
      }
      TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        bool t;
        if (v.is_bool()) t = v.b;
        else { SAVE_FRAME(); t = truthy(v); }
        if (!t) ip = code->instrs.data() + arg;
        NEXT();
      }
      TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        bool t;
        if (v.is_bool()) t = v.b;
        else { SAVE_FRAME(); t = truthy(v); }
        if (t) ip = code->instrs.data() + arg;
        NEXT();
      }
      TARGET(POP_JUMP_IF_NONE) {
        if (POP().is_none()) ip = code->instrs.data() + arg;
        NEXT();
      }
      TARGET(POP_JUMP_IF_NOT_NONE) {
        if (!POP().is_none()) ip = code->instrs.data() + arg;
        NEXT();
      }
      TARGET(JUMP_IF_FALSE_OR_POP) {
        SAVE_FRAME();
        if (!truthy(TOP())) ip = code->instrs.data() + arg;
        else --sp;
        NEXT();
      }
      TARGET(JUMP_IF_TRUE_OR_POP) {
        SAVE_FRAME();
        if (truthy(TOP())) ip = code->instrs.data() + arg;
        else --sp;
        NEXT();
      }
      TARGET(GET_ITER) {
        Value v = TOP();
        if (!(v.is_obj() && v.o->type == types().generator)) {
          SAVE_FRAME();
          TOP() = get_iter(v);
        }
        NEXT();
      }
      TARGET(FOR_ITER) {
        Value it = TOP();
        if (it.is_obj()) {
          Object* o = it.o;
          if (o->kind == Kind::Iterator) {
            Iterator* iter = static_cast<Iterator*>(o);
            if (iter->which == IterKind::List) {
              List* l = as<List>(iter->src);
              if (iter->pos < static_cast<int64_t>(l->items.size())) {
                PUSH(l->items[iter->pos++]);
                NEXT();
              }
              iter->pos = INT64_MAX;
              --sp;
              ip = code->instrs.data() + arg;
              NEXT();
            }
            if (iter->which == IterKind::Tuple) {
              Tuple* t = as<Tuple>(iter->src);
              if (iter->pos < static_cast<int64_t>(t->items.size())) {
                PUSH(t->items[iter->pos++]);
                NEXT();
              }
              --sp;
              ip = code->instrs.data() + arg;
              NEXT();
            }
            if (iter->which == IterKind::Range) {  // see range_iter_next
              if (iter->end > 0) {
                PUSH(make_int(iter->pos));
                if (--iter->end > 0) iter->pos += iter->step;
                NEXT();
              }
              --sp;
              ip = code->instrs.data() + arg;
              NEXT();
            }
          } else if (o->kind == Kind::Generator && o->type == types().generator) {
            Generator* g = static_cast<Generator*>(o);
            if (g->state == GenState::Done) {
              --sp;
              ip = code->instrs.data() + arg;
              NEXT();
            }
            SAVE_FRAME();
            f = enter_generator(g, f, make_none());
            LOAD_FRAME();
            NEXT();
          }
        }
        SAVE_FRAME();
        Value x = iter_next(it);
        if (x.is_undef()) {
          --sp;
          ip = code->instrs.data() + arg;
        } else {
          PUSH(x);
        }
        NEXT();
      }
      TARGET(UNPACK_SEQUENCE) {
        SAVE_FRAME();
        Value seq = TOP();
        --sp;
        unpack_sequence(seq, static_cast<int>(arg), sp);
        sp += arg;
        NEXT();
      }
      TARGET(UNPACK_EX) {
        SAVE_FRAME();
        Value seq = TOP();
        --sp;
        int before = arg & 0xFF, after = arg >> 8;
        unpack_ex(seq, before, after, sp);
        sp += before + after + 1;
        NEXT();
      }
      TARGET(RETURN_VALUE) {
        Value result = POP();
        Frame* done = f;
        done->ip = ip;  // a frame object keeps the line it returned from
        --m.depth;
        uint8_t flags = done->flags;
        done->flags &= ~FRAME_ENTRY;
        if (done->gen) {
          finish_generator(done->gen);
        } else {
          pop_frame(done);
        }
        if (flags & FRAME_INIT) {
          if (!result.is_none()) {
            f = done->back;
            m.frame = f;
            LOAD_FRAME();
            raise(exc_types().TypeError, "__init__() should return None, not '" + type_name(result) + "'");
          }
        }
        if (flags & FRAME_ENTRY) {
          m.frame = done->back;
          m.yielded = false;
          if (flags & FRAME_INIT) return make_none();
          return result;
        }
        f = done->back;
        m.frame = f;
        LOAD_FRAME();
        if (flags & FRAME_INIT) NEXT();  // the instance is already on our stack
        if (done->gen) {
          // Returned into the resumer: FOR_ITER ends the loop, SEND
          // delivers the value of the `await` / `yield from`.
          Instr at = ip[-1];
          if (vm::instr_op(at) == Op::FOR_ITER) {
            --sp;
            ip = code->instrs.data() + vm::instr_arg(at);
          } else {
            sp -= 1;  // the receiver
            PUSH(result);
            ip = code->instrs.data() + vm::instr_arg(at);
          }
          NEXT();
        }
        PUSH(result);
        NEXT();
      }
      TARGET(YIELD_VALUE) {
        Value v = POP();
        Frame* g = f;
        SAVE_FRAME();
        g->gen->state = GenState::Suspended;
        g->gen->ag_yielded = arg != 0;
        gen_exc_yield(g->gen, m.current_exc);
        --m.depth;
        Frame* back = g->back;
        g->back = nullptr;
        if (g->flags & FRAME_ENTRY) {
          g->flags &= ~FRAME_ENTRY;
          m.frame = back;
          m.yielded = true;
          return v;
        }
        f = back;
        m.frame = f;
        LOAD_FRAME();
        // FOR_ITER takes the value as its next item; a delegating SEND
        // passes it up through the YIELD_VALUE that follows it.
        PUSH(v);
        NEXT();
      }
      TARGET(MAKE_FUNCTION) {
        vm::Code* fcode = as<vm::Code>(POP());
        Function* fn = heap().make<Function>(fcode, f->globals);
        if (arg & 8) fn->closure = as<Tuple>(POP());
        if (arg & 4) fn->annotations = POP().o;  // a tuple of (name, value) pairs
        if (arg & 2) fn->kwdefaults = as<Dict>(POP());
        if (arg & 1) fn->defaults = as<Tuple>(POP());
        PUSH(make_obj(fn));
        NEXT();
      }
      TARGET(LOAD_BUILD_CLASS) {
        // builtins.__build_class__, which a program may replace.
        Value bc = f->func->builtins.is_undef() ? m.builtins->get_str(COIL_NAME("__build_class__"))
                                                : builtin_for(f->func->builtins, COIL_NAME("__build_class__"));
        if (bc.is_undef()) {
          SAVE_FRAME();
          raise(exc_types().NameError, "__build_class__ not found");
        }
        PUSH(bc);
        NEXT();
      }
      TARGET(RAISE_VARARGS) {
        SAVE_FRAME();
        if (arg == 0) {
          if (m.current_exc.is_undef() || m.current_exc.is_none())
            raise(exc_types().RuntimeError, "No active exception to reraise");
          skip_tb = true;
          throw PyError{m.current_exc};
        }
        Value cause = arg == 2 ? POP() : Value();
        Value exc = POP();
        do_raise(exc, cause, arg == 2);
      }
      TARGET(PUSH_EXC_INFO) {
        Value exc = TOP();
        TOP() = m.current_exc.is_undef() ? make_none() : m.current_exc;
        PUSH(exc);
        m.current_exc = exc;
        NEXT();
      }
      TARGET(POP_EXCEPT) {
        Value prev = POP();
        m.current_exc = prev.is_none() ? Value() : prev;
        if (__builtin_expect(have_unstarted_coroutines(), 0)) {
          // Leaving an except block releases what the exception held.
          SAVE_FRAME();
          m.frame = f;
          check_unawaited_coroutines();
        }
        NEXT();
      }
      TARGET(RERAISE) {
        Value exc = POP();
        SAVE_FRAME();
        skip_tb = true;
        throw PyError{exc};
      }
      TARGET(CHECK_EXC_MATCH) {
        SAVE_FRAME();
        Value type = TOP();
        check_except_type(type);
        TOP() = make_bool(exception_matches(SECOND(), type));
        NEXT();
      }
      TARGET(CHECK_EG_MATCH) {
        SAVE_FRAME();
        Value type = TOP();
        Value rest = SECOND();
        check_except_type(type);
        Value match, remaining;
        exception_group_match(rest, type, &match, &remaining);
        SECOND() = remaining;
        TOP() = match;
        // The clause handles its part of the group: that is the exception
        // being handled in its body (sys.exc_info(), implicit __context__).
        if (!match.is_none()) m.current_exc = match;
        NEXT();
      }
      TARGET(PREP_RERAISE_STAR) {
        SAVE_FRAME();
        Value list = TOP();
        Value orig = SECOND();
        Value r = prep_reraise_star(orig, list);
        --sp;
        TOP() = r;
        NEXT();
      }
      TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(make_obj(exc_types().AssertionError));
        NEXT();
      }
      TARGET(BEFORE_WITH) {
        SAVE_FRAME();
        Value mgr = TOP();
        Value exit, enter_result;
        before_with(mgr, &exit, &enter_result);
        TOP() = exit;
        PUSH(enter_result);
        NEXT();
      }
      TARGET(WITH_EXCEPT_START) {
        // Stack: [exit, prev_exc, exc]
        SAVE_FRAME();
        Value exc = TOP();
        Value exit = sp[-3];
        Value args[3] = {make_obj(exc.o->type), exc, traceback_object(exc)};
        Value r = call(exit, args, 3);
        PUSH(r);
        NEXT();
      }
      TARGET(IMPORT_NAME) {
        SAVE_FRAME();
        Value fromlist = TOP();
        Value imp = f->func->builtins.is_undef() ? m.builtins->get_str(COIL_NAME("__import__"))
                                                 : builtin_for(f->func->builtins, COIL_NAME("__import__"));
        if (is_builtin_import(imp)) {
          TOP() = import_name(names[arg], fromlist, f->globals);
        } else {
          TOP() = call_import_hook(imp, names[arg], fromlist, f);
        }
        NEXT();
      }
      TARGET(IMPORT_FROM) {
        SAVE_FRAME();
        Value v = import_from(TOP(), names[arg]);
        PUSH(v);
        NEXT();
      }
      TARGET(IMPORT_STAR) {
        SAVE_FRAME();
        import_star(TOP(), f->locals_dict ? f->locals_dict : f->globals);
        --sp;
        NEXT();
      }
      TARGET(GET_AWAITABLE) {
        Value v = TOP();
        // A coroutine is its own awaitable (the common case).
        if (v.is_obj() && v.o->type == types().coroutine) NEXT();
        SAVE_FRAME();
        TOP() = get_awaitable(v, arg);
        NEXT();
      }
      TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        if (!is_gen(v)) {
          SAVE_FRAME();
          TOP() = get_iter(v);
        }
        NEXT();
      }
      TARGET(SEND) {
        Value recv = SECOND();
        Value v = TOP();
        SAVE_FRAME();
        if (is_gen(recv)) {
          Generator* g = as<Generator>(recv);
          if (g->state == GenState::Done && g->type == types().generator) {
            sp -= 2;
            PUSH(make_none());
            ip = code->instrs.data() + arg;
            NEXT();
          }
          --sp;  // the sent value moves into the generator
          SAVE_FRAME();
          f = enter_generator(g, f, v);
          LOAD_FRAME();
          NEXT();
        }
        bool returned = false;
        Value r = send_to_iterator(recv, v, &returned);
        if (returned) {
          sp -= 2;
          PUSH(r);
          ip = code->instrs.data() + arg;
        } else {
          TOP() = r;
        }
        NEXT();
      }
      TARGET(GET_AITER) {
        SAVE_FRAME();
        TOP() = get_aiter(TOP());
        NEXT();
      }
      TARGET(GET_ANEXT) {
        SAVE_FRAME();
        Value v = get_anext(TOP());
        PUSH(v);
        NEXT();
      }
      TARGET(END_ASYNC_FOR) {
        SAVE_FRAME();
        Value exc = TOP();
        if (exception_matches(exc, make_obj(exc_types().StopAsyncIteration))) {
          sp -= 2;
          // Restore the exception state PUSH_EXC_INFO did not set here.
          NEXT();
        }
        skip_tb = true;
        throw PyError{exc};
      }
      TARGET(BEFORE_ASYNC_WITH) {
        SAVE_FRAME();
        Value mgr = TOP();
        Value exit, enter_awaitable;
        before_async_with(mgr, &exit, &enter_awaitable);
        TOP() = exit;
        PUSH(enter_awaitable);
        NEXT();
      }
      TARGET(GET_LEN) {
        SAVE_FRAME();
        int64_t n = length(TOP());
        PUSH(make_int(n));
        NEXT();
      }
      TARGET(MATCH_MAPPING) {
        bool r = type_of(TOP())->pattern_flags & kPatternMapping;
        PUSH(make_bool(r));
        NEXT();
      }
      TARGET(MATCH_SEQUENCE) {
        bool r = type_of(TOP())->pattern_flags & kPatternSequence;
        PUSH(make_bool(r));
        NEXT();
      }
      TARGET(MATCH_KEYS) {
        SAVE_FRAME();
        Value values = match_keys(SECOND(), TOP());
        PUSH(values);
        NEXT();
      }
      TARGET(MATCH_CLASS) {
        SAVE_FRAME();
        Value attrs = match_class(sp[-3], SECOND(), arg, TOP());
        sp -= 2;
        TOP() = attrs;
        NEXT();
      }
      TARGET(PRINT_EXPR) {
        SAVE_FRAME();
        print_expr(TOP());
        --sp;
        NEXT();
      }
      TARGET(SETUP_ANNOTATIONS) {
        SAVE_FRAME();
        setup_annotations(f->locals_dict ? f->locals_dict : f->globals);
        NEXT();
      }
#if !COIL_COMPUTED_GOTO
      default:
        raise(exc_types().SystemError, "bad opcode");
      }
#endif
    } catch (PyError& err) {
      pending = err.exc;
    } catch (...) {  // MemoryError, or SystemError for a bug (never abort)
      pending = exception_from_cpp();
    }
    // The one error label: find a handler in this frame or unwind it.
    Value exc = pending;
    pending = Value();
    f->ip = ip;
    for (;;) {
      if (!skip_tb) add_traceback(exc, f);
      skip_tb = false;
      uint32_t idx = f->instr_index();
      const vm::ExceptionEntry* h = code->handler_for(idx ? idx - 1 : 0);
      if (h) {
        sp = f->stack_base() + h->depth;
        PUSH(exc);
        ip = code->instrs.data() + h->target;
        break;
      }
      // No handler here: the frame is finished.
      Frame* dead = f;
      --m.depth;
      uint8_t flags = dead->flags;
      dead->flags &= ~FRAME_ENTRY;
      if (dead->gen) exc = finish_generator_with_error(dead->gen, exc);
      else pop_frame(dead);
      f = dead->back;
      m.frame = f;
      if (flags & FRAME_ENTRY) throw PyError{exc};
      LOAD_FRAME();
    }
  }
}

}  // namespace coil::rt
