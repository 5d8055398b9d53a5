#include "stdlib/io/fileio.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/descriptor.h"
#include "runtime/ops.h"
#include "runtime/signals.h"
#include "runtime/str.h"

namespace coil::rt::io {

namespace {

// Reads and writes are capped as CPython's _PY_READ_MAX / _PY_WRITE_MAX.
constexpr int64_t kMaxIO = 0x7fffffff;

FileIO* self_fio(Args& a) { return static_cast<FileIO*>(a.v[0].o); }

// Whether a system call that failed with EINTR is to be retried: it is,
// once the Python-level handlers of the signals that interrupted it have
// run (one may raise, as SIGINT's KeyboardInterrupt does), as CPython's
// _Py_read and friends do.
bool interrupted(long r) {
  if (r >= 0 || errno != EINTR) return false;
  if (g_signal_pending.load()) run_pending_signals();
  return true;
}

[[noreturn]] void err_closed() { raise(exc_types().ValueError, "I/O operation on closed file"); }
[[noreturn]] void err_mode(const char* action) { raise_unsupported(std::string("File not open for ") + action); }

void check_open(FileIO* f) {
  if (f->fd < 0) err_closed();
}

const char* mode_string(const FileIO* f) {
  if (f->created) return f->readable ? "xb+" : "xb";
  if (f->appending) return f->readable ? "ab+" : "ab";
  if (f->readable) return f->writable ? "rb+" : "rb";
  return "wb";
}

// close(2) of the descriptor; OSError on failure.
void internal_close(FileIO* f) {
  if (f->fd < 0) return;
  int fd = f->fd;
  f->fd = -1;
  if (::close(fd) < 0) raise_errno(errno);
}

int64_t raw_lseek(FileIO* f, int64_t pos, int whence, bool suppress_pipe_error) {
  off_t res = ::lseek(f->fd, static_cast<off_t>(pos), whence);
  if (f->seekable < 0) f->seekable = res >= 0;
  if (res < 0) {
    if (suppress_pipe_error && errno == ESPIPE) return 0;
    raise_errno(errno);
  }
  return static_cast<int64_t>(res);
}

// The path of a file argument: str (UTF-8), bytes, or os.PathLike.
std::string fs_path(Value name) {
  Value p = name;
  Rooted keep;
  if (!is_str(p) && !kind_is(p, Kind::Bytes)) {
    Value fspath = lookup_special(p, COIL_NAME("__fspath__"));
    if (fspath.is_undef())
      raise(exc_types().TypeError, "expected str, bytes or os.PathLike object, not " + type_name(name));
    p = call0(fspath);
    keep.set(p);
    if (!is_str(p) && !kind_is(p, Kind::Bytes))
      raise(exc_types().TypeError, "expected " + type_name(name) + ".__fspath__() to return str or bytes, not " +
                                       type_name(p));
  }
  std::string path = is_str(p) ? as_str(p)->s : as<Bytes>(p)->data;
  if (path.find('\0') != std::string::npos) raise(exc_types().ValueError, "embedded null byte");
  return path;
}

// ------------------------------------------------------------ __init__

Value fio_init(Args& a) {
  Value v[4];
  bind_keyword_args(a, "FileIO", {"file", "mode", "closefd", "opener"}, v);
  if (v[0].is_undef()) raise(exc_types().TypeError, "FileIO() missing required argument 'file' (pos 1)");
  FileIO* self = self_fio(a);
  Value nameobj = v[0];
  std::string mode = "r";
  if (!v[1].is_undef()) {
    if (!is_str(v[1]))
      raise(exc_types().TypeError, "FileIO() argument 'mode' must be str, not " + type_name(v[1]));
    mode = as_str(v[1])->s;
  }
  bool closefd = v[2].is_undef() ? true : truthy(v[2]);
  Value opener = v[3].is_undef() ? make_none() : v[3];

  if (self->fd >= 0) {
    if (self->closefd) internal_close(self);
    else self->fd = -1;
  }

  int fd = -1;
  bool is_fd = false;
  std::string path;
  if (nameobj.is_int() || nameobj.is_bool() || kind_is(nameobj, Kind::BigInt)) {
    Value i = index_or_undef(nameobj);
    if (i.is_int() && (i.i > INT32_MAX || i.i < INT32_MIN)) raise(exc_types().OverflowError, "signed integer is greater than maximum");
    fd = i.is_int() ? static_cast<int>(i.i) : nameobj.is_bool() ? nameobj.b : -1;
    if (fd < 0) raise(exc_types().ValueError, "negative file descriptor");
    is_fd = true;
  } else {
    path = fs_path(nameobj);
  }

  self->created = self->readable = self->writable = self->appending = false;
  int flags = 0;
  bool rwa = false, plus = false;
  auto bad_mode = [] {
    raise(exc_types().ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  };
  for (char c : mode) {
    switch (c) {
      case 'x':
        if (rwa) bad_mode();
        rwa = true;
        self->created = self->writable = true;
        flags |= O_EXCL | O_CREAT;
        break;
      case 'r':
        if (rwa) bad_mode();
        rwa = true;
        self->readable = true;
        break;
      case 'w':
        if (rwa) bad_mode();
        rwa = true;
        self->writable = true;
        flags |= O_CREAT | O_TRUNC;
        break;
      case 'a':
        if (rwa) bad_mode();
        rwa = true;
        self->writable = self->appending = true;
        flags |= O_APPEND | O_CREAT;
        break;
      case 'b': break;
      case '+':
        if (plus) bad_mode();
        self->readable = self->writable = true;
        plus = true;
        break;
      default: raise(exc_types().ValueError, "invalid mode: " + mode);
    }
  }
  if (!rwa) bad_mode();
  if (self->readable && self->writable) flags |= O_RDWR;
  else if (self->readable) flags |= O_RDONLY;
  else flags |= O_WRONLY;
  flags |= O_CLOEXEC;

  bool own_fd = false;
  if (is_fd) {
    self->fd = fd;
    self->closefd = closefd;
  } else {
    self->closefd = true;
    if (!closefd) raise(exc_types().ValueError, "Cannot use closefd=False with file name");
    if (opener.is_none()) {
      do {
        self->fd = ::open(path.c_str(), flags, 0666);
      } while (interrupted(self->fd));
      if (self->fd < 0) raise_errno(errno, nameobj);
    } else {
      Value fdobj = call2(opener, nameobj, make_int(flags));
      if (!fdobj.is_int() && !fdobj.is_bool() && !kind_is(fdobj, Kind::BigInt))
        raise(exc_types().TypeError, "expected integer from opener");
      int64_t got = fdobj.is_int() ? fdobj.i : fdobj.is_bool() ? fdobj.b : -1;
      if (got < 0) raisef(exc_types().ValueError, "opener returned %lld", static_cast<long long>(got));
      self->fd = static_cast<int>(got);
    }
    own_fd = true;
  }

  try {
    struct stat st;
    self->blksize = 0;
    if (::fstat(self->fd, &st) < 0) {
      if (errno == EBADF) raise_errno(errno);
    } else {
      if (S_ISDIR(st.st_mode)) raise_errno(EISDIR, nameobj);
      if (st.st_blksize > 1) self->blksize = st.st_blksize;
    }
    setattr(a.v[0], COIL_NAME("name"), nameobj);
    if (self->appending) raw_lseek(self, 0, SEEK_END, true);
  } catch (PyError&) {
    if (!own_fd) self->fd = -1;
    if (self->fd >= 0) {
      ::close(self->fd);
      self->fd = -1;
    }
    throw;
  }
  return make_none();
}

Value make_fileio(TypeObject* t) { return make_obj(heap().make<FileIO>(t)); }

Value fio_ctor(Args& a) { return construct(io_types().FileIO, a, fio_init); }

// ------------------------------------------------------------ methods

Value fio_fileno(Args& a) {
  FileIO* f = self_fio(a);
  check_open(f);
  return make_int(f->fd);
}

Value fio_readable(Args& a) {
  FileIO* f = self_fio(a);
  check_open(f);
  return make_bool(f->readable);
}

Value fio_writable(Args& a) {
  FileIO* f = self_fio(a);
  check_open(f);
  return make_bool(f->writable);
}

Value fio_seekable(Args& a) {
  FileIO* f = self_fio(a);
  check_open(f);
  if (f->seekable < 0) {
    off_t r = ::lseek(f->fd, 0, SEEK_CUR);
    f->seekable = r >= 0;
  }
  return make_bool(f->seekable > 0);
}

Value fio_readinto(Args& a) {
  FileIO* f = self_fio(a);
  check_open(f);
  if (!f->readable) err_mode("reading");
  WritableBuffer wb = writable_buffer(a.v[1], "readinto");
  int64_t n;
  if (wb.step == 1) {
    n = fileio_read_into(f, wb.storage->data() + wb.start, wb.length);
  } else {
    std::string tmp(static_cast<size_t>(wb.length), '\0');
    n = fileio_read_into(f, tmp.data(), wb.length);
    if (n > 0) wb.fill(std::string_view(tmp.data(), static_cast<size_t>(n)));
  }
  if (n == -2) return make_none();
  return make_int(n);
}

Value readall(FileIO* f) {
  check_open(f);
  int64_t bufsize = 8192;
  struct stat st;
  if (::fstat(f->fd, &st) == 0 && st.st_size > 0) {
    off_t pos = ::lseek(f->fd, 0, SEEK_CUR);
    if (pos >= 0 && st.st_size >= pos) bufsize = static_cast<int64_t>(st.st_size - pos) + 1;
  }
  std::string out;
  out.resize(static_cast<size_t>(bufsize));
  int64_t got = 0;
  for (;;) {
    if (got >= static_cast<int64_t>(out.size())) {
      int64_t cur = static_cast<int64_t>(out.size());
      int64_t addend = cur > 65536 ? cur >> 3 : 256 + cur;
      if (addend < 8192) addend = 8192;
      out.resize(static_cast<size_t>(cur + addend));
    }
    int64_t want = std::min<int64_t>(static_cast<int64_t>(out.size()) - got, kMaxIO);
    ssize_t n;
    do {
      n = ::read(f->fd, out.data() + got, static_cast<size_t>(want));
    } while (interrupted(n));
    if (n == 0) break;
    if (n < 0) {
      if (errno == EAGAIN) {
        if (got > 0) break;
        return make_none();
      }
      raise_errno(errno);
    }
    got += n;
  }
  out.resize(static_cast<size_t>(got));
  return bytes_value(std::move(out));
}

Value fio_readall(Args& a) { return readall(self_fio(a)); }

Value fio_read(Args& a) {
  FileIO* f = self_fio(a);
  int64_t size = optional_size(a.n > 1 ? a.v[1] : Value());
  check_open(f);
  if (!f->readable) err_mode("reading");
  if (size < 0) return readall(f);
  if (size > kMaxIO) size = kMaxIO;
  std::string out(static_cast<size_t>(size), '\0');
  int64_t n = fileio_read_into(f, out.data(), size);
  if (n == -2) return make_none();
  out.resize(static_cast<size_t>(n));
  return bytes_value(std::move(out));
}

Value fio_write(Args& a) {
  FileIO* f = self_fio(a);
  check_open(f);
  if (!f->writable) err_mode("writing");
  std::string scratch;
  std::string_view data = need_buffer(a.v[1], &scratch);
  int64_t n = fileio_write(f, data);
  if (n == -2) return make_none();
  return make_int(n);
}

Value fio_seek(Args& a) {
  FileIO* f = self_fio(a);
  check_open(f);
  int64_t pos = as_ssize(a.v[1]);
  int whence = a.n > 2 ? as_c_int(a.v[2]) : 0;
  return make_int(raw_lseek(f, pos, whence, false));
}

Value fio_tell(Args& a) {
  FileIO* f = self_fio(a);
  check_open(f);
  return make_int(raw_lseek(f, 0, SEEK_CUR, false));
}

Value fio_truncate(Args& a) {
  FileIO* f = self_fio(a);
  check_open(f);
  if (!f->writable) err_mode("writing");
  int64_t pos;
  Value posobj = a.n > 1 ? a.v[1] : make_none();
  if (posobj.is_none()) {
    pos = raw_lseek(f, 0, SEEK_CUR, false);
    posobj = make_int(pos);
  } else {
    pos = as_ssize(posobj);
  }
  int r;
  do {
    r = ::ftruncate(f->fd, static_cast<off_t>(pos));
  } while (interrupted(r));
  if (r != 0) raise_errno(errno);
  return posobj;
}

Value fio_close(Args& a) {
  FileIO* f = self_fio(a);
  Value self = a.v[0];
  // _RawIOBase.close: flush(), then closed; the descriptor is closed even
  // when flush() raised, and that error wins.
  bool flush_failed = false;
  Rooted pending;
  try {
    iobase_close(self);
  } catch (PyError& e) {
    flush_failed = true;
    pending.set(e.exc);
  }
  if (!f->closefd) {
    f->fd = -1;
  } else {
    try {
      internal_close(f);
    } catch (PyError&) {
      if (!flush_failed) throw;
    }
  }
  if (flush_failed) raise_value(pending.get());
  return make_none();
}

Value fio_isatty(Args& a) {
  FileIO* f = self_fio(a);
  check_open(f);
  return make_bool(::isatty(f->fd) != 0);
}

Value fio_dealloc_warn(Args& a) {
  (void)a;
  return make_none();
}

Value fio_getstate(Args& a) {
  raise(exc_types().TypeError, "cannot pickle '" + type_name(a.v[0]) + "' object");
}

std::string tp_name(Value self) {
  TypeObject* t = type_of(self);
  if (t->is_builtin && t->module) return t->module->s + "." + t->name->s;
  return t->name->s;
}

std::string fio_repr(Value self) {
  FileIO* f = static_cast<FileIO*>(self.o);
  std::string tn = tp_name(self);
  if (f->fd < 0) return "<" + tn + " [closed]>";
  Value name = getattr_opt(self, COIL_NAME("name"));
  std::string closefd = f->closefd ? "True" : "False";
  if (name.is_undef())
    return "<" + tn + " fd=" + std::to_string(f->fd) + " mode='" + mode_string(f) + "' closefd=" + closefd + ">";
  return "<" + tn + " name=" + repr(name) + " mode='" + mode_string(f) + "' closefd=" + closefd + ">";
}

Value fio_closed_get(Value self) { return make_bool(static_cast<FileIO*>(self.o)->fd < 0); }
Value fio_closefd_get(Value self) { return make_bool(static_cast<FileIO*>(self.o)->closefd); }
Value fio_mode_get(Value self) { return str_value(mode_string(static_cast<FileIO*>(self.o))); }
Value fio_blksize_get(Value self) {
  int64_t b = static_cast<FileIO*>(self.o)->blksize;
  return make_int(b > 1 ? b : kDefaultBufferSize);
}
Value fio_finalizing_get(Value) { return make_bool(false); }
void fio_finalizing_set(Value, Value) {}

const MethodDef kFileIOMethods[] = {
    {"__init__", fio_init, ArgSpec::Any},
    {"read", fio_read, ArgSpec::Range, 0, 1},
    {"readall", fio_readall, ArgSpec::NoArgs},
    {"readinto", fio_readinto, ArgSpec::One},
    {"write", fio_write, ArgSpec::One},
    {"seek", fio_seek, ArgSpec::Range, 1, 2},
    {"tell", fio_tell, ArgSpec::NoArgs},
    {"truncate", fio_truncate, ArgSpec::Range, 0, 1},
    {"close", fio_close, ArgSpec::NoArgs},
    {"seekable", fio_seekable, ArgSpec::NoArgs},
    {"readable", fio_readable, ArgSpec::NoArgs},
    {"writable", fio_writable, ArgSpec::NoArgs},
    {"fileno", fio_fileno, ArgSpec::NoArgs},
    {"isatty", fio_isatty, ArgSpec::NoArgs},
    {"_dealloc_warn", fio_dealloc_warn, ArgSpec::One},
    {"__getstate__", fio_getstate, ArgSpec::NoArgs},
};

const GetSetDef kFileIOGetSets[] = {
    {"closed", fio_closed_get},
    {"closefd", fio_closefd_get},
    {"mode", fio_mode_get},
    {"_blksize", fio_blksize_get},
    {"_finalizing", fio_finalizing_get, fio_finalizing_set, true},
};

}  // namespace

FileIO::~FileIO() {
  if (fd >= 0 && closefd) ::close(fd);
}

bool is_exact_fileio(Value v) {
  return v.is_obj() && v.o->kind == Kind::Native && v.o->type == io_types().FileIO;
}

int64_t fileio_read_into(FileIO* f, char* out, int64_t len) {
  check_open(f);
  if (!f->readable) err_mode("reading");
  if (len > kMaxIO) len = kMaxIO;
  ssize_t n;
  do {
    n = ::read(f->fd, out, static_cast<size_t>(len));
  } while (interrupted(n));
  if (n < 0) {
    if (errno == EAGAIN) return -2;
    raise_errno(errno);
  }
  return n;
}

int64_t fileio_write(FileIO* f, std::string_view data) {
  check_open(f);
  if (!f->writable) err_mode("writing");
  size_t len = std::min<size_t>(data.size(), static_cast<size_t>(kMaxIO));
  ssize_t n;
  do {
    n = ::write(f->fd, data.data(), len);
  } while (interrupted(n));
  if (n < 0) {
    if (errno == EAGAIN) return -2;
    raise_errno(errno);
  }
  return n;
}

int64_t fileio_seek(FileIO* f, int64_t pos, int whence) {
  check_open(f);
  return raw_lseek(f, pos, whence, false);
}

void init_fileio_type() {
  IoTypes& io = io_types();
  io.FileIO = new_io_type("FileIO", io.RawIOBase, Kind::Native);
  io.FileIO->ctor = fio_ctor;
  io.FileIO->slots.repr = fio_repr;
  add_io_new(io.FileIO, make_fileio);
  add_slot_methods(io.FileIO);
  add_methods(io.FileIO, kFileIOMethods);
  add_getsets(io.FileIO, kFileIOGetSets);
}

}  // namespace coil::rt::io
