// Frames: the activation record of one running or suspended code object.
//
// A frame is a header followed by its slots: [locals][cells][free
// variables][value stack]. Plain calls bump-allocate frames on the VM's frame
// stack; generators and coroutines embed their frame in their own object, so
// suspending one never copies anything and never needs the C stack.
//
// Invariant: every frame except the one the dispatch loop is running has its
// `ip` and `sp` saved; the running frame saves them before anything that can
// collect garbage, raise, or switch frames.
#pragma once
#include <cstdint>

#include "runtime/object.h"
#include "vm/code.h"

namespace coil::rt {

struct Function;
struct Dict;
struct Generator;

enum FrameFlags : uint8_t {
  // Native code started this frame (a call back into script code or a
  // generator resumed with send()); the dispatch loop returns to its caller
  // when this frame returns or yields.
  FRAME_ENTRY = 1 << 0,
  // A class instantiation runs __init__ in this frame: the instance already
  // waits on the caller's stack, so the return value is checked and dropped.
  FRAME_INIT = 1 << 1,
  // A script-visible frame object is attached to this frame; `fobj` is its
  // index in the frame-object table (runtime/frame_object.h). Every place
  // that ends a frame calls frame_ending() so the object can detach.
  FRAME_HAS_OBJECT = 1 << 2,
};

struct Frame {
  vm::Code* code;
  Function* func;
  Dict* globals;
  Dict* locals_dict;      // class bodies: the namespace; else null
  const vm::Instr* ip;    // next instruction (saved)
  Value* sp;              // one past the top of the value stack (saved)
  Frame* back;            // the frame below: caller, or resumer of a generator
  Generator* gen;         // the owning generator/coroutine, or null
  uint8_t flags = 0;
  uint32_t fobj;          // valid only with FRAME_HAS_OBJECT (sits in padding)

  Value* slots() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return slots() + code->nlocals() + code->ncells() + code->nfree(); }
  uint32_t instr_index() const { return static_cast<uint32_t>(ip - code->instrs.data()); }
  // The line being executed (ip points past the current instruction).
  int current_line() const { return code->line_of(instr_index() ? instr_index() - 1 : 0); }
  void trace(Tracer& t);
};
static_assert(sizeof(Frame) % alignof(Value) == 0, "slots must stay aligned");
static_assert(sizeof(Frame) == 8 * sizeof(void*) + 8, "the frame-object index must fit in the header's padding");

inline size_t frame_bytes(const vm::Code* code) {
  return sizeof(Frame) + sizeof(Value) * static_cast<size_t>(code->nslots());
}

enum class GenState : uint8_t { Created, Suspended, Running, Done };

// Generator, coroutine and async generator objects. The frame is embedded:
// the object is allocated with room for frame_bytes(code) after it.
struct Generator : Object {
  GenState state = GenState::Created;
  Str* name;
  Str* qualname;
  // Coroutines only: set once awaited/sent to, for the "never awaited" warning.
  bool started = false;
  // Async generators: the running asend/athrow awaitable, for state checks.
  Value ag_running;
  // Async generators: set when the frame's own `yield` (not an await inside
  // it) suspended it, so asend() knows the value is the next item.
  bool ag_yielded = false;
  // The exception this generator is handling while suspended in an except
  // block (sys.exc_info() is per generator, as in CPython), and the caller's
  // current exception while it runs.
  Value exc_state;
  Value caller_exc;
  Frame* frame() { return reinterpret_cast<Frame*>(this + 1); }
  Generator(TypeObject* type, Str* name, Str* qualname)
      : Object(Kind::Generator, type), name(name), qualname(qualname) {}
  ~Generator() override;
  // Allocated with room for the frame by allocate(); freed blocks are kept
  // for reuse by size (tasks make and drop coroutines at a high rate).
  static void* allocate(size_t bytes);
  static void operator delete(void* p);
  void trace(Tracer& t) override;
  size_t heap_size() const override;
  bool is_coroutine() const;
  bool is_async_gen() const;
};

}  // namespace coil::rt
