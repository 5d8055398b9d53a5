// The _io module (CPython's Modules/_io/_iomodule.c): open(), open_code(),
// text_encoding(), DEFAULT_BUFFER_SIZE, UnsupportedOperation and the
// classes. builtins.open is this module's open.
#include <cstdio>
#include <cstring>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/output.h"
#include "runtime/source_cache.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "vm/interp_support.h"
#include "stdlib/io/bufferedio.h"
#include "stdlib/io/bytesio.h"
#include "stdlib/io/fileio.h"
#include "stdlib/io/iobase.h"
#include "stdlib/io/stringio.h"
#include "stdlib/io/textio.h"
#include "stdlib/modules.h"

namespace coil::rt {

using namespace io;

namespace {

// The arguments of a module function with a placeholder self in front, so
// that bind_keyword_args (which skips self) can read them.
struct ShiftedArgs {
  RootedVector values;
  Args args{nullptr, 0, nullptr};
  explicit ShiftedArgs(Args& a) {
    values.push_back(make_none());
    for (int i = 0; i < a.n + a.nkw(); ++i) values.push_back(a.v[i]);
    args = Args{values.data(), a.n + 1, a.kwnames};
  }
};

// warnings.warn(message, RuntimeWarning), pointing at the caller of open().
// Without a warnings module that imports, the warning is printed as the
// default filter prints it.
void runtime_warning(const char* message) {
  Value warnings;
  try {
    warnings = import_name(intern("warnings"), make_none(), vm().builtins);
  } catch (PyError& e) {
    if (!exception_matches(e.exc, make_obj(exc_types().ImportError))) throw;
    stdout_flush_quietly();
    std::string text;
    if (Frame* f = vm().frame) {
      std::string file = f->code->filename->s;
      int line = f->current_line();
      text = file + ":" + std::to_string(line) + ": RuntimeWarning: " + message + "\n";
      std::string src = source_line(file, line);
      size_t a = src.find_first_not_of(" \t");
      size_t b = src.find_last_not_of(" \t\r\n");
      if (a != std::string::npos) text += "  " + src.substr(a, b - a + 1) + "\n";
    } else {
      text = std::string("sys:1: RuntimeWarning: ") + message + "\n";
    }
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
    return;
  }
  Rooted keep(warnings);
  Value args[2] = {str_value(message), make_obj(exc_types().RuntimeWarning)};
  Rooted msg(args[0]);
  call_method(warnings, intern("warn"), args, 2);
}

Value make_io(TypeObject* t, std::initializer_list<Value> args) {
  RootedVector v;
  for (Value x : args) v.push_back(x);
  return call(make_obj(t), v.data(), static_cast<int>(v.size()));
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True, opener=None)
Value io_open(Args& a) {
  init_io_types();
  ShiftedArgs sa(a);
  Value v[8];
  bind_keyword_args(sa.args, "open",
                    {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, v);
  if (v[0].is_undef()) raise(exc_types().TypeError, "open() missing required argument 'file' (pos 1)");
  Value file = v[0];
  std::string mode = "r";
  if (!v[1].is_undef()) {
    if (!is_str(v[1])) raise(exc_types().TypeError, "open() argument 'mode' must be str, not " + type_name(v[1]));
    mode = as_str(v[1])->s;
  }
  int buffering = v[2].is_undef() ? -1 : as_c_int(v[2]);
  Str* encoding = optional_str(v[3], "open", "encoding");
  Str* errors = optional_str(v[4], "open", "errors");
  Str* newline = optional_str(v[5], "open", "newline");
  bool closefd = v[6].is_undef() ? true : truthy(v[6]);
  Value opener = v[7].is_undef() ? make_none() : v[7];

  // A number is a file descriptor; anything else must give a path.
  bool is_number = file.is_int() || file.is_bool() || file.is_float() || kind_is(file, Kind::BigInt);
  Rooted path_or_fd(file);
  if (!is_number && !is_str(file) && !kind_is(file, Kind::Bytes)) {
    Value fspath = lookup_special(file, COIL_NAME("__fspath__"));
    if (fspath.is_undef())
      raise(exc_types().TypeError, "expected str, bytes or os.PathLike object, not " + type_name(file));
    path_or_fd.set(call0(fspath));
    if (!is_str(path_or_fd.get()) && !kind_is(path_or_fd.get(), Kind::Bytes))
      raise(exc_types().TypeError, "expected " + type_name(file) + ".__fspath__() to return str or bytes, not " +
                                       type_name(path_or_fd.get()));
  }

  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
  for (size_t i = 0; i < mode.size(); ++i) {
    char c = mode[i];
    switch (c) {
      case 'x': creating = true; break;
      case 'r': reading = true; break;
      case 'w': writing = true; break;
      case 'a': appending = true; break;
      case '+': updating = true; break;
      case 't': text = true; break;
      case 'b': binary = true; break;
      default: raise(exc_types().ValueError, "invalid mode: '" + mode + "'");
    }
    if (mode.find(c, i + 1) != std::string::npos) raise(exc_types().ValueError, "invalid mode: '" + mode + "'");
  }
  std::string rawmode;
  if (creating) rawmode += 'x';
  if (reading) rawmode += 'r';
  if (writing) rawmode += 'w';
  if (appending) rawmode += 'a';
  if (updating) rawmode += '+';

  if (text && binary) raise(exc_types().ValueError, "can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1)
    raise(exc_types().ValueError, "must have exactly one of create/read/write/append mode");
  if (binary && encoding) raise(exc_types().ValueError, "binary mode doesn't take an encoding argument");
  if (binary && errors) raise(exc_types().ValueError, "binary mode doesn't take an errors argument");
  if (binary && newline) raise(exc_types().ValueError, "binary mode doesn't take a newline argument");
  if (binary && buffering == 1)
    runtime_warning(
        "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used");

  Rooted result(make_io(io_types().FileIO, {path_or_fd.get(), str_value(rawmode), make_bool(closefd), opener}));
  try {
    bool line_buffering = false;
    bool isatty = false;
    if (buffering < 0) isatty = truthy(call_method0(result.get(), "isatty"));
    if (buffering == 1 || isatty) {
      buffering = -1;
      line_buffering = true;
    }
    if (buffering < 0) buffering = as_c_int(getattr(result.get(), COIL_NAME("_blksize")));
    if (buffering < 0) raise(exc_types().ValueError, "invalid buffering size");
    if (buffering == 0) {
      if (!binary) raise(exc_types().ValueError, "can't have unbuffered text I/O");
      return result.get();
    }
    TypeObject* buffered_class = updating                           ? io_types().BufferedRandom
                                 : creating || writing || appending ? io_types().BufferedWriter
                                                                    : io_types().BufferedReader;
    if (!updating && !creating && !writing && !appending && !reading)
      raise(exc_types().ValueError, "unknown mode: '" + mode + "'");
    result.set(make_io(buffered_class, {result.get(), make_int(buffering)}));
    if (binary) return result.get();
    Value none = make_none();
    result.set(make_io(io_types().TextIOWrapper,
                         {result.get(), encoding ? make_obj(encoding) : none, errors ? make_obj(errors) : none,
                          newline ? make_obj(newline) : none, make_bool(line_buffering)}));
    setattr(result.get(), COIL_NAME("mode"), str_value(mode));
    return result.get();
  } catch (PyError& e) {
    Rooted error(e.exc);
    try {
      call_method0(result.get(), "close");
    } catch (PyError& e2) {
      if (kind_is(e2.exc, Kind::Exception)) as<Exception>(e2.exc)->context = error.get();
      throw;
    }
    throw;
  }
}

Value io_open_code(Args& a) {
  ShiftedArgs sa(a);
  Value v[1];
  bind_keyword_args(sa.args, "open_code", {"path"}, v);
  if (v[0].is_undef()) raise(exc_types().TypeError, "open_code() missing required argument 'path' (pos 1)");
  if (!is_str(v[0])) raise(exc_types().TypeError, "open_code() argument 'path' must be str, not " + type_name(v[0]));
  Value args[2] = {v[0], str_value("rb")};
  Rooted keep(args[1]);
  Args oa{args, 2, nullptr};
  return io_open(oa);
}

// text_encoding(encoding, stacklevel=2, /): "locale" for None (or "utf-8"
// where CPython would run in UTF-8 mode).
Value io_text_encoding(Args& a) {
  check_no_keywords(a, "text_encoding");
  check_arg_count("text_encoding", a.n, 1, 2);
  if (a.n == 2) as_c_int(a.v[1]);
  if (!a.v[0].is_none()) return a.v[0];
  return str_value(locale_encoding() == "utf-8" ? "utf-8" : "locale");
}

Value g_open_function;

}  // namespace

namespace io {

void init_io_types() {
  IoTypes& io = io_types();
  if (io.IOBase) return;
  TypeObject** slots = reinterpret_cast<TypeObject**>(&io);
  for (size_t i = 0; i < sizeof(IoTypes) / sizeof(TypeObject*); ++i)
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&slots[i]));
  init_iobase_types();
  init_fileio_type();
  init_bytesio_type();
  init_stringio_type();
  init_bufferedio_types();
  init_textio_types();
  // UnsupportedOperation(OSError, ValueError), made as CPython makes it: by
  // calling type(), so that it is a class io.py can give a __module__.
  Dict* ns = new_dict();
  Rooted keep_ns(make_obj(ns));
  ns->set_str(intern("__module__"), str_value("io"));
  Rooted bases(make_obj(new_tuple({make_obj(exc_types().OSError), make_obj(exc_types().ValueError)})));
  Value args[3] = {str_value("UnsupportedOperation"), bases.get(), make_obj(ns)};
  Rooted name(args[0]);
  io.UnsupportedOperation = as<TypeObject>(call(make_obj(types().type), args, 3));
}

}  // namespace io

Value io_open_function() {
  if (g_open_function.is_undef()) {
    NativeFunction* f = new_native("open", io_open);
    g_open_function = make_obj(f);
    heap().permanent_values.push_back(&g_open_function);
  }
  return g_open_function;
}

Module* init_io_module() {
  init_io_types();
  IoTypes& io = io_types();
  Module* m = new_module("_io");
  Rooted keep(make_obj(m));
  Dict* d = m->dict;
  d->set_str(intern("DEFAULT_BUFFER_SIZE"), make_int(kDefaultBufferSize));
  d->set_str(intern("UnsupportedOperation"), make_obj(io.UnsupportedOperation));
  d->set_str(intern("BlockingIOError"), make_obj(exc_types().BlockingIOError));
  d->set_str(intern("open"), io_open_function());
  d->set_str(intern("open_code"), make_obj(new_native("open_code", io_open_code)));
  d->set_str(intern("text_encoding"), make_obj(new_native("text_encoding", io_text_encoding)));
  for (TypeObject* t : {io.IncrementalNewlineDecoder, io.IOBase, io.TextIOBase, io.BufferedIOBase, io.RawIOBase,
                        io.BytesIO, io.BufferedWriter, io.BufferedReader, io.BufferedRWPair, io.BufferedRandom,
                        io.FileIO, io.StringIO, io.TextIOWrapper})
    d->set_str(t->name, make_obj(t));
  return m;
}

}  // namespace coil::rt
