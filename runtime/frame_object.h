// Frame objects: what sys._getframe(), a traceback's tb_frame and a
// generator's gi_frame give scripts.
//
// A VM frame (runtime/frame.h) lives on the frame stack or inside its
// generator, and a plain frame's memory is reused as soon as it returns, so
// a script-visible frame object cannot simply point at it. As in CPython, the
// object is attached to its frame while the frame runs and reads it live
// (f_lineno moves on, f_back is the caller); when the frame ends (returns,
// is unwound by an exception, or its generator finishes) the object is
// detached: it keeps the last line, a copy of the locals and the caller's
// frame object, and stays valid for as long as anything refers to it.
//
// Invariants:
// - A frame with FRAME_HAS_OBJECT has exactly one frame object, found at
//   index Frame::fobj of the table; every place a frame ends calls
//   frame_ending() first, which detaches it. The table holds only objects
//   attached to a frame that has not ended.
// - An attached object's frame memory stays valid: a plain frame is live
//   until it ends, and the object of a generator's frame holds the
//   generator.
// - Live frames (the frame chain, and generators through their trace) mark
//   their frame object, so an attached object lives as long as its frame;
//   the table itself is weak, and a collection drops the entries of objects
//   that were not marked (the frames of dead generators).
#pragma once
#include <vector>

#include "runtime/frame.h"
#include "runtime/misc.h"

namespace coil::rt {

struct Dict;

struct FrameObject : NativeObject {
  Frame* frame;             // the frame while attached; null once it ended
  Generator* gen;           // the generator owning the frame, while attached
  vm::Code* code;
  Dict* globals;
  Dict* locals_dict;        // the namespace of module/class/exec frames; else null
  Value builtins;           // the function's own builtins (Function::builtins), or Undef
  Dict* locals_cache = nullptr;  // function frames: the dict f_locals and locals() return
  // Set when the frame ends (see detach_frame_object).
  Value back;               // the caller's frame object, or None
  int line = 0;
  int lasti = -1;
  std::vector<Value> saved;  // locals, cells and free variables
  Value trace_fn;           // f_trace (kept, never called: coil has no tracing)
  bool trace_lines = true;
  bool trace_opcodes = false;

  explicit FrameObject(Frame* f);
  static TypeObject* type();
  void trace(Tracer& t) override;
  size_t heap_size() const override { return sizeof(FrameObject) + saved.capacity() * sizeof(Value); }
  Value get_attr(Str* name) override;
  bool set_attr(Str* name, Value v) override;

  bool attached() const { return frame != nullptr; }
  int current_line() const;
  int current_lasti() const;
  Value f_back();
  Dict* f_locals();
};

// The frame object of a live frame, made on first use.
FrameObject* frame_object(Frame* f);
// Detaches the frame object of f, which is ending (see the invariants).
// Never throws: out of memory, the snapshot stays incomplete.
void detach_frame_object(Frame* f) noexcept;
inline void frame_ending(Frame* f) {
  if (__builtin_expect(f->flags & FRAME_HAS_OBJECT, 0)) detach_frame_object(f);
}
// Marks f's frame object, if it has one (Frame::trace, Generator::trace).
void trace_frame_object(const Frame* f, Tracer& t);

// locals() of a running frame: the namespace of module and class frames;
// for a function frame the dict its frame object keeps, brought up to date
// with the fast locals (as CPython's PyFrame_FastToLocals: names that are
// unbound now are removed, other keys stay).
Dict* frame_locals(Frame* f);

// What scripts see as a namespace's locals (locals(), vars(), dir(),
// f_locals): the dict itself, or the mapping exec()/eval() were given when
// it is not a dict (runtime/eval_exec.cpp wraps it for the frame).
Value script_locals(Dict* ns);

// Installs the frame and traceback hooks into the heap (start-up).
void init_frame_objects();

}  // namespace coil::rt
