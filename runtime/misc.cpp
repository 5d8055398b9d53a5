#include "runtime/misc.h"

#include <cstdio>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/frame_object.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "runtime/warnings.h"

namespace coil::rt {

void Module::trace(Tracer& t) {
  t.mark(name);
  t.mark(dict);
}

Module* new_module(const char* name) {
  Dict* d = new_dict();
  Module* m = heap().make<Module>(intern(name), d);
  d->set_str(intern("__name__"), make_obj(intern(name)));
  // Every module has __doc__ (None unless a docstring sets it), so the name
  // never falls through to the builtins module's own.
  d->set_str(intern("__doc__"), make_none());
  return m;
}

// CPython's PySlice_Unpack followed by PySlice_AdjustIndices: bounds of any
// size are clipped to int64 first, and the step to at least -INT64_MAX so
// that its negation and the length computation cannot overflow.
void Slice::indices(int64_t length, int64_t* pstart, int64_t* pstop, int64_t* pstep) const {
  static const char* kBadIndex = "slice indices must be integers or None or have an __index__ method";
  int64_t st = 1;
  if (!step.is_none()) {
    st = clamp_ssize(step, kBadIndex);
    if (st == 0) raise(exc_types().ValueError, "slice step cannot be zero");
    if (st < -INT64_MAX) st = -INT64_MAX;
  }
  auto adjust = [&](Value v, int64_t dflt_pos, int64_t dflt_neg) -> int64_t {
    if (v.is_none()) return st > 0 ? dflt_pos : dflt_neg;
    int64_t x = clamp_ssize(v, kBadIndex);
    if (x < 0) {
      x += length;  // length >= 0, so this cannot overflow
      if (x < 0) x = st < 0 ? -1 : 0;
    } else if (x >= length) {
      x = st < 0 ? length - 1 : length;
    }
    return x;
  };
  *pstart = adjust(start, 0, length - 1);
  *pstop = adjust(stop, length, -1);
  *pstep = st;
}

// ------------------------------------------------------------ functions

Function::Function(vm::Code* code, Dict* globals)
    : Object(Kind::Function, types().function), code(code), globals(globals), name(code->name),
      qualname(code->qualname) {
  if (!code->consts.empty() && code->consts[0].is_obj() && code->consts[0].o->kind == Kind::Str &&
      (code->flags & vm::CO_HAS_DOCSTRING))
    doc = code->consts[0];
  else
    doc = make_none();
  Value b = globals->get_str(COIL_NAME("__builtins__"));
  if (b.is_obj() && b.o->kind == Kind::Module) b = make_obj(static_cast<Module*>(b.o)->dict);
  if (!b.is_undef() && !(b.is_obj() && b.o == vm().builtins)) builtins = b;
}

void Function::trace(Tracer& t) {
  t.mark(builtins);
  t.mark(code);
  t.mark(globals);
  t.mark(defaults);
  t.mark(kwdefaults);
  t.mark(closure);
  t.mark(annotations);
  t.mark(name);
  t.mark(qualname);
  t.mark(attrs);
  t.mark(doc);
  t.mark(module);
}

void NativeFunction::trace(Tracer& t) {
  t.mark(self);
  t.mark(qualname);
  t.mark(owner);
  t.mark(slot_owner);
  t.mark(def_owner);
}

std::string NativeFunction::qualified_name() const {
  if (qualname) return qualname->s;
  if (owner) return owner->name->s + "." + name;
  return name;
}

// --------------------------------------------------------------- frames

void Frame::trace(Tracer& t) {
  t.mark(code);
  t.mark(func);
  t.mark(globals);
  t.mark(locals_dict);
  t.mark(gen);
  trace_frame_object(this, t);
  // Locals, cells, free variables and the live part of the value stack.
  Value* s = slots();
  Value* top = sp;
  if (top < s) top = s;
  t.mark_range(s, top);
}

// Generator blocks: a 16-byte header holding the block size precedes each
// object; freed blocks wait in per-size lists (sizes are multiples of 16 up
// to kPooledMax) for the next generator of the same size.
namespace {
constexpr size_t kPooledMax = 4096;
std::vector<void*> g_free_blocks[kPooledMax / 16 + 1];
}  // namespace

void* Generator::allocate(size_t bytes) {
  size_t total = (bytes + 16 + 15) & ~size_t(15);
#ifdef COIL_SANITIZE
  // No reuse under the sanitizers: every block is fresh, so a use after
  // free is reported instead of reading a recycled generator.
  if (false) {
#else
  if (total <= kPooledMax) {
#endif
    auto& list = g_free_blocks[total / 16];
    if (!list.empty()) {
      void* block = list.back();
      list.pop_back();
      return static_cast<char*>(block) + 16;
    }
  }
  char* block = static_cast<char*>(::operator new(total));
  *reinterpret_cast<size_t*>(block) = total;
  return block + 16;
}

void Generator::operator delete(void* p) {
  char* block = static_cast<char*>(p) - 16;
#ifdef COIL_SANITIZE
  ::operator delete(block);
#else
  size_t total = *reinterpret_cast<size_t*>(block);
  if (total <= kPooledMax) g_free_blocks[total / 16].push_back(block);
  else ::operator delete(block);
#endif
}

Generator::~Generator() {
  if (!started && type == types().coroutine) coroutine_freed_unstarted(this);
}

void Generator::trace(Tracer& t) {
  t.mark(name);
  t.mark(qualname);
  t.mark(ag_running);
  t.mark(exc_state);
  t.mark(caller_exc);
  Frame* f = frame();
  t.mark(f->code);
  t.mark(f->func);
  t.mark(f->globals);
  t.mark(f->locals_dict);
  trace_frame_object(f, t);
  if (state != GenState::Done) {
    Value* s = f->slots();
    Value* top = f->sp;
    // A running generator's frame is traced through the frame chain (its sp
    // is saved at every safe point), so the saved sp is always current.
    if (top < s) top = s;
    t.mark_range(s, top);
  }
}

size_t Generator::heap_size() const {
  return sizeof(Generator) + frame_bytes(const_cast<Generator*>(this)->frame()->code);
}

bool Generator::is_coroutine() const { return type == types().coroutine; }
bool Generator::is_async_gen() const { return type == types().async_generator; }

}  // namespace coil::rt
