// The `_io` module's shared ground (CPython's Modules/_io/_iomodule.h and
// iobase.c): the registry of its types, the layout every native I/O object
// starts with, the helpers its classes share, and the four abstract bases
// _IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase.
//
// The abstract bases have the layout of a plain instance (Kind::Instance):
// CPython's io.py subclasses them with metaclass=abc.ABCMeta, and programs
// subclass io.RawIOBase and io.TextIOBase with classes of their own, whose
// instances are then ordinary instances. Their methods only call the
// instance's other methods by name (readline calls read, close calls
// flush), so they work on every layout, native or not. The concrete
// classes (FileIO, BytesIO, StringIO, the buffered classes, TextIOWrapper)
// are NativeObjects deriving from IOObject, and Python classes subclass them
// as they subclass list (docs/adr/006, runtime/subclass.h): the instance has
// the native layout, its class and attributes come from the side table.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/misc.h"
#include "runtime/native.h"

namespace coil::rt {
struct Dict;
}

namespace coil::rt::io {

// io.DEFAULT_BUFFER_SIZE, and what CPython's FileIO reports as _blksize when
// fstat gives no block size.
constexpr int64_t kDefaultBufferSize = 8192;

// The module's types, made once by init_io_types; only type pointers (the
// collector walks the struct as an array).
struct IoTypes {
  TypeObject *IOBase, *RawIOBase, *BufferedIOBase, *TextIOBase;
  TypeObject *FileIO, *BytesIO, *StringIO, *BufferedReader, *BufferedWriter, *BufferedRandom, *BufferedRWPair,
      *TextIOWrapper, *IncrementalNewlineDecoder;
  // io.UnsupportedOperation: a class made by calling type(), as CPython
  // makes it, so that io.py may set its __module__.
  TypeObject* UnsupportedOperation;
};
IoTypes& io_types();
// Makes the types on first use (the builtins' open() or `import _io`).
void init_io_types();

// What every native I/O object has besides its own state: an instance dict
// (CPython's I/O objects have one: open() stores `mode` in a
// TextIOWrapper's, FileIO keeps `name` in its own) and _IOBase's closed
// flag (CPython's `__IOBase_closed` attribute).
//
// Instances of Python subclasses keep their attributes in the side table
// (runtime/instance_attrs.h) like any subclass of a built-in; `dict` then
// stays null.
struct IOObject : NativeObject {
  Dict* dict = nullptr;
  // _IOBase.close() ran (the `__IOBase_closed` attribute).
  bool iobase_closed = false;
  // Its place among the objects that track_for_close registered (0: not
  // registered); the later made are closed first at exit.
  uint64_t close_order = 0;
  explicit IOObject(TypeObject* t) : NativeObject(t) {}
  ~IOObject() override;
  void trace(Tracer& t) override;
  Value get_attr(Str* name) override;
  bool set_attr(Str* name, Value v) override;
  // Called by the collector, before the sweep, when the object has become
  // unreachable: writes out what it buffers without running script code
  // (CPython flushes a file object when it dies; coil can only do so where
  // the whole chain down to the file descriptor is native). Must not
  // throw.
  virtual void flush_unreachable() {}
};

// Registers a buffered stream or text wrapper: flush_unreachable() runs
// when the collector finds it dead, and close() at exit if it is still
// alive then, as CPython's finalizers do at shutdown.
void track_for_close(IOObject* o);

// ---- errors

// io.UnsupportedOperation(msg).
[[noreturn]] void raise_unsupported(const std::string& msg);
// ValueError "I/O operation on closed file." (_IOBase's, BytesIO's and
// TextIOWrapper's wording; FileIO's and StringIO's have no full stop).
[[noreturn]] void raise_closed();
// OSError for errno `err`, with `filename` when given.
[[noreturn]] void raise_errno(int err, Value filename = Value());

// ---- calling a stream's methods by name (may call script code)

Value call_method0(Value obj, const char* name);
Value call_method1(Value obj, const char* name, Value arg);
// obj.closed as a bool.
bool attr_closed(Value obj);

// _IOBase's checks on any object, as CPython's _PyIOBase_check_*: the
// method's answer must be True, else UnsupportedOperation "File or stream is
// not readable." (seekable, writable alike).
void check_readable(Value obj);
void check_writable(Value obj);
void check_seekable(Value obj);
// ValueError "I/O operation on closed file." when obj.closed is true.
void check_closed_attr(Value obj);

// ---- arguments

// A size argument that also takes None (CPython's
// _Py_convert_optional_to_ssize_t): None or Undef gives `dflt`; TypeError
// "argument should be integer or None, not 'str'".
int64_t optional_size(Value v, int64_t dflt = -1);
// A str or None argument (encoding=, errors=, newline=): null for None or
// Undef; TypeError "<fn>() argument '<arg>' must be str or None, not int".
Str* optional_str(Value v, const char* fn, const char* arg);
// The clinic's Py_ssize_t conversion with a default when not given.
int64_t size_arg(Value v, int64_t dflt);

// ---- buffers

// A writable buffer (bytearray, or a writable memoryview) that readinto()
// fills: TypeError "<fn>() argument must be read-write bytes-like object,
// not bytes" otherwise.
struct WritableBuffer {
  std::string* storage = nullptr;
  int64_t start = 0, step = 1, length = 0;
  // Copies data (at most length bytes) to the start of the buffer.
  void fill(std::string_view data) const;
};
WritableBuffer writable_buffer(Value v, const char* fn);

// ---- the abstract bases' methods, for the concrete classes

// _IOBase's is-closed test: the IOObject's flag, else whether the object
// has an `__IOBase_closed` attribute.
bool iobase_is_closed(Value self);
// _IOBase.close(self): flush() unless closed, then mark closed.
Value iobase_close(Value self);
// _IOBase's iternext slot on any object: self.readline(), empty ends it.
Value iobase_iternext(Value self);
// A native type of the module: named `_io.<name>`, subclassable from Python.
TypeObject* new_io_type(const char* name, TypeObject* base, Kind kind);
// Registers T.__new__(cls, ...) for a concrete type: `make` builds an empty
// instance (ignoring the arguments, which __init__ reads), and the instance
// takes cls when cls is a Python subclass.
void add_io_new(TypeObject* t, Value (*make)(TypeObject* t));
// The constructor of a concrete type called directly (`io.StringIO("x")`):
// make, then the type's __init__ native with the same arguments. (Each type
// lists __init__ in its method table, so that a subclass's instances reach
// it through the checks of runtime/native.h.)
Value construct(TypeObject* t, Args& a, NativeFn init);

void init_iobase_types();

}  // namespace coil::rt::io
