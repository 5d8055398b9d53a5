// Exception objects and raising them from native code.
//
// Script-visible exceptions are Exception objects (instances of a class that
// derives from BaseException). Native code raises by throwing PyError, a thin
// C++ exception carrying the exception object; the interpreter catches it at
// its one error label and looks up the handler in the exception table. See
// docs/adr/001-native-errors.md for why C++ exceptions carry errors.
#pragma once
#include <string>
#include <vector>

#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::vm { struct Code; }

namespace coil::rt {

struct Tuple;
struct Dict;
struct Str;

struct Exception : Instance {
  Value args;                 // a tuple
  Value cause, context;       // __cause__, __context__ (None or exception)
  bool suppress_context = false;
  // __traceback__: the outermost TracebackObject (runtime/traceback.h), or
  // null for none.
  Object* traceback = nullptr;
  Exception(TypeObject* cls);
  void trace(Tracer& t) override;
  size_t heap_size() const override { return sizeof(Exception); }
};

// The exception being propagated by a C++ throw.
struct PyError {
  Value exc;  // an Exception object
};

// The built-in exception classes.
struct ExceptionTypes {
  TypeObject *BaseException, *Exception, *SystemExit, *KeyboardInterrupt,
      *GeneratorExit, *StopIteration, *StopAsyncIteration, *ArithmeticError,
      *ZeroDivisionError, *OverflowError, *AssertionError, *AttributeError,
      *LookupError, *IndexError, *KeyError, *NameError, *UnboundLocalError,
      *TypeError, *ValueError, *UnicodeError, *UnicodeDecodeError, *RuntimeError,
      *RecursionError, *NotImplementedError, *ImportError, *ModuleNotFoundError,
      *OSError, *EOFError, *TimeoutError, *MemoryError, *SyntaxError,
      *IndentationError, *TabError, *BaseExceptionGroup, *ExceptionGroup,
      *CancelledError, *InvalidStateError, *Warning, *RuntimeWarning,
      *DeprecationWarning, *UserWarning, *FileNotFoundError, *PermissionError,
      *ConnectionError, *BufferError, *FloatingPointError, *ProcessLookupError,
      *BrokenPipeError, *ConnectionAbortedError, *ConnectionRefusedError, *ConnectionResetError,
      *FileExistsError, *IsADirectoryError, *NotADirectoryError, *InterruptedError, *BlockingIOError,
      *ChildProcessError, *UnicodeEncodeError, *ReferenceError, *PendingDeprecationWarning,
      *SyntaxWarning, *FutureWarning, *ImportWarning, *UnicodeWarning, *BytesWarning, *ResourceWarning,
      *EncodingWarning,
      *SystemError;  // only type pointers: the collector walks the struct as an array
};
ExceptionTypes& exc_types();
void init_exception_types();

Exception* new_exception(TypeObject* type, std::string msg);
Exception* new_exception_args(TypeObject* type, std::vector<Value> args);
[[noreturn]] void raise(TypeObject* type, std::string msg);
[[noreturn]] void raise_value(Value exc);
// Inside a catch block: the Python exception for the C++ exception being
// handled. A PyError gives its own exception; std::bad_alloc and
// std::length_error (a size past max_size()) give MemoryError; any other
// std::exception gives SystemError naming it. Chained like a raise.
Value exception_from_cpp();
// Raises `type` with a printf-style message.
[[noreturn]] void raisef(TypeObject* type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));

// OSError for the C error number err, as the subclass CPython picks for it
// (EPIPE: BrokenPipeError, ENOENT: FileNotFoundError, ...), with errno,
// strerror and, when given, filename set: "[Errno 2] No such file or
// directory: 'x'".
[[noreturn]] void raise_os_error(int err, Value filename = Value());
Exception* new_os_error(int err, Value filename = Value());
// The OSError subclass for an errno (OSError itself when none matches).
TypeObject* os_error_type(int err);

// AttributeError with its name/obj attributes set.
[[noreturn]] void raise_attribute_error(Value obj, Str* name, std::string msg);
bool exception_matches(Value exc, Value type_or_tuple);
// str(exc) as CPython prints it after "Type: ".
std::string exception_message(Value exc);

}  // namespace coil::rt
