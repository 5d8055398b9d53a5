// Printing uncaught exceptions the way CPython 3.11 does.
#pragma once
#include <string>

#include "runtime/frame.h"
#include "runtime/misc.h"
#include "runtime/object.h"

namespace coil::rt {

// The full report (cause/context chain, tracebacks, final line) as text.
std::string format_exception(Value exc);
// Writes format_exception(exc) to stderr (flushing stdout first).
void print_exception(Value exc);
// The object scripts see as exc.__traceback__, sys.exc_info()[2] and the
// third argument of __exit__: None when the exception has no traceback yet.
Value traceback_object(Value exc);

// One entry of a traceback, as CPython's traceback objects: an exception's
// __traceback__ is the outermost entry (the frame that caught it, or the
// last one it left), and tb_next leads inwards to where it was raised. Each
// frame the exception leaves puts a new entry in front of the chain, so
// entries are never changed once made and may be shared (with_traceback).
struct TracebackObject : NativeObject {
  Value next;          // tb_next: the next entry inwards, or None
  Value frame;         // tb_frame: a FrameObject; Undef for a library frame until asked for
  vm::Code* code;      // null for a library frame
  int line;
  int lasti;
  // Frames of library code that coil runs natively (asyncio's runners), so
  // that tracebacks read as CPython's: where the frame would be.
  const char* file = nullptr;
  const char* func = nullptr;
  const char* source = nullptr;

  TracebackObject(Value next, Value frame, vm::Code* code, int line, int lasti);
  static TypeObject* type();
  void trace(Tracer& t) override;
  Value get_attr(Str* name) override;
  bool set_attr(Str* name, Value v) override;
};

bool is_traceback(Value v);
// Puts the entry for frame f (at its current instruction) in front of exc's
// traceback. Never throws: out of memory, the entry is left out.
void add_traceback(Value exc, Frame* f) noexcept;
// Puts an entry for a library frame coil runs natively in front of exc's
// traceback (the strings must be static).
void add_library_traceback(Value exc, int line, const char* file, const char* func, const char* source);

// "ValueError" or "asyncio.exceptions.CancelledError".
std::string exception_type_name(Value exc);

}  // namespace coil::rt
