// Printing uncaught exceptions the way CPython 3.11 does.
#pragma once
#include <string>

#include "runtime/object.h"

namespace coil::rt {

// The full report (cause/context chain, tracebacks, final line) as text.
std::string format_exception(Value exc);
// Writes format_exception(exc) to stderr (flushing stdout first).
void print_exception(Value exc);
// The object scripts see as exc.__traceback__ and as the third argument
// of __exit__: None when the exception has no traceback yet.
Value traceback_object(Value exc);

// "ValueError" or "asyncio.exceptions.CancelledError".
std::string exception_type_name(Value exc);

}  // namespace coil::rt
