// What the files of the posix module share (stdlib/posix*.cpp): how its
// functions take their arguments, with the messages of CPython's Argument
// Clinic; how a path or a file descriptor argument is read (CPython's
// path_converter); the filesystem encoding; and the OSError they raise.
//
// The module is CPython's Modules/posixmodule.c for Linux: os.py builds the
// os module on top of it. Each file adds its functions to the module:
//   posix.cpp          the module, constants, processes, system information
//   posix_path.cpp     this header's helpers
//   posix_files.cpp    file descriptors: open, read, write, pipe, dup, ...
//   posix_fs.cpp       names in the file system: getcwd, mkdir, rename, ...
//   posix_stat.cpp     stat, lstat, fstat and stat_result; statvfs
//   posix_scandir.cpp  listdir, scandir and DirEntry
//   posix_environ.cpp  environ, putenv, unsetenv
#pragma once
#include <fcntl.h>

#include <cerrno>
#include <initializer_list>
#include <string>
#include <string_view>

#include "runtime/heap.h"
#include "runtime/types.h"
#include "runtime/value.h"
#include "stdlib/modules.h"

struct stat;

namespace coil::rt {
struct Module;
}

namespace coil::rt::posix {

// ---------------------------------------------------------------- arguments
// Each native checks its arguments first, by the convention CPython's
// function uses, so that the messages are CPython's.

// METH_NOARGS: "posix.getcwd() takes no arguments (1 given)".
void no_args(Args& a, const char* name);
// METH_O: "posix.umask() takes exactly one argument (0 given)"; the argument.
Value one_arg(Args& a, const char* name);
// Positional-only parameters checked by Argument Clinic: "read expected 2
// arguments, got 1", "posix.read() takes no keyword arguments".
void positional(Args& a, const char* name, int min, int max);
// PyArg_ParseTuple with exactly n arguments: "kill() takes exactly 2
// arguments (1 given)", "posix.kill() takes no keyword arguments".
void exact_varargs(Args& a, const char* name, int n);
// Argument Clinic with keywords (_PyArg_UnpackKeywords): out[i] is the
// value of params[i], Undef when not given. The first `required` must be
// given; the first `maxpos` may be given by position, the rest only by
// keyword. "stat() missing required argument 'path' (pos 1)", "stat() takes
// exactly 1 positional argument (2 given)", "'x' is an invalid keyword
// argument for stat()".
void bind(Args& a, const char* name, std::initializer_list<const char*> params, int required, int maxpos,
          Value* out);

// ---------------------------------------------------------------- conversions
// A C int (Argument Clinic's `int`): "'str' object cannot be interpreted as
// an integer", "Python int too large to convert to C int".
int int_arg(Value v);
// A C long (off_t, pid_t-sized values): "... too large to convert to C long".
int64_t long_arg(Value v);
// Argument Clinic's `bool`: the argument's truth; `dflt` when Undef.
bool bool_arg(Value v, bool dflt);
// A file descriptor as _fd_converter reads it: "fd is greater than maximum".
int fd_arg(Value v);
// A dir_fd argument: AT_FDCWD for None or absent; "argument should be
// integer or None, not str".
int dir_fd_arg(Value v);
// A file descriptor or an object with fileno() (PyObject_AsFileDescriptor),
// as fsync takes.
int fileno_arg(Value v);

// A path argument, as CPython's path_t.
struct Path {
  // What an error names as its filename: the str or bytes (after
  // __fspath__), the int for a file descriptor, None when absent.
  Value object;
  std::string bytes;  // the encoded path; empty for a file descriptor
  int fd = -1;        // the file descriptor given instead of a path
  bool is_bytes = false;  // given as bytes: results are bytes too
  bool is_none = false;   // a nullable path given as None or left out
  const char* c_str() const { return bytes.c_str(); }
  bool is_fd() const { return fd != -1; }
};
enum PathFlags : int {
  kAllowFd = 1,    // an int is a file descriptor
  kNullable = 2,   // None (or absent) is allowed
};
// Reads a path argument of `func` named `arg`: str (encoded as the
// filesystem encoding), bytes, os.PathLike, and per `flags` an int or None.
// "stat: path should be string, bytes, os.PathLike or integer, not float",
// "stat: embedded null character in path". The caller roots v.
Path path_arg(Value v, const char* func, const char* arg, int flags = 0);
// A path argument read by path_arg whose object stays rooted while the
// native runs: converting a later argument (__index__, __bool__) or a signal
// handler may run script code, and the error raised afterwards names the
// object. Declare it as a local; copies are plain Paths.
struct RootedPath : Path {
  Rooted root;
  RootedPath(Value v, const char* func, const char* arg, int flags = 0)
      : Path(path_arg(v, func, arg, flags)), root(object) {}
};
// "stat: can't specify dir_fd without matching path" and its siblings:
// the combinations path_t forbids.
void check_fd_combinations(const char* func, const Path& p, int dir_fd, bool follow_symlinks);

// os.fspath(v): str and bytes as they are, else what __fspath__ gives.
Value fspath(Value v);

// ---------------------------------------------------------------- text
// str -> bytes in the filesystem encoding (UTF-8, surrogateescape).
std::string fs_encode(Value str);
// bytes -> str in the filesystem encoding.
Value fs_decode(std::string_view bytes);
// A name read from the system, as bytes when the argument was bytes.
Value fs_value(std::string_view bytes, bool as_bytes);

// ---------------------------------------------------------------- errors
// OSError for errno `err` (posix_error): no filename.
[[noreturn]] void raise_errno(int err);
// OSError naming the path (path_error): an fd given as a path is named too.
[[noreturn]] void raise_path_error(int err, const Path& p);
// OSError naming two paths (path_error2): "[Errno 2] ...: 'a' -> 'b'".
[[noreturn]] void raise_path_error2(int err, const Path& a, const Path& b);
// After a call failed with errno `err`: for EINTR, runs the Python-level
// signal handlers (a KeyboardInterrupt propagates) and says to retry, as
// PEP 475 asks of blocking calls.
bool retry_after(int err);

// ---------------------------------------------------------------- the module
// Functions are added with add_function (stdlib/modules.h).
void add_int(Module* m, const char* name, int64_t value);

// The parts of the module, one per file.
void add_files(Module* m);
void add_fs(Module* m);
void add_stat(Module* m);
void add_scandir(Module* m);
void add_environ(Module* m);
// The os.stat_result of a struct stat (posix_stat.cpp).
Value stat_result_of(const struct stat& st);

}  // namespace coil::rt::posix
