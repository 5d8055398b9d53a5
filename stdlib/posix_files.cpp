// File descriptors: open, close, read, write, lseek, pipe, dup, sendfile
// and their flags (CPython's posixmodule.c and Python/fileutils.c). A
// descriptor coil opens is not inherited by child processes (PEP 446):
// open, pipe and dup add O_CLOEXEC.
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <unistd.h>

#include <memory>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/objects/bytes.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/posix.h"

namespace coil::rt::posix {

namespace {

// open(path, flags, mode=0o777, *, dir_fd=None)
Value p_open(Args& a) {
  Value v[4];
  bind(a, "open", {"path", "flags", "mode", "dir_fd"}, 2, 3, v);
  RootedPath p(v[0], "open", "path");
  int flags = int_arg(v[1]);
  int mode = v[2].is_undef() ? 0777 : int_arg(v[2]);
  int dir_fd = dir_fd_arg(v[3]);
  for (;;) {
    int fd = openat(dir_fd, p.c_str(), flags | O_CLOEXEC, mode);
    if (fd >= 0) return make_int(fd);
    int err = errno;
    if (!retry_after(err)) raise_path_error(err, p);
  }
}

// close(fd)
Value p_close(Args& a) {
  Value v[1];
  bind(a, "close", {"fd"}, 1, 1, v);
  int fd = int_arg(v[0]);
  // As CPython, EINTR is not retried (the descriptor is gone either way)
  // but raised as InterruptedError.
  if (close(fd) != 0) raise_errno(errno);
  return make_none();
}

// closerange(fd_low, fd_high, /): errors are ignored.
Value p_closerange(Args& a) {
  positional(a, "closerange", 2, 2);
  int low = int_arg(a.v[0]), high = int_arg(a.v[1]);
  for (int fd = low < 0 ? 0 : low; fd < high; ++fd) close(fd);
  return make_none();
}

// Reads up to `length` bytes with `rd` (read or pread) into a new bytes.
// The buffer is not zeroed first: a large length for a short file costs
// address space, not memory, as CPython's PyBytes_FromStringAndSize(NULL).
template <class Read>
Value read_bytes(int64_t length, Read rd) {
  if (length < 0) raise_errno(EINVAL);
  check_allocation(static_cast<size_t>(length));
  std::unique_ptr<char[]> buf(new char[static_cast<size_t>(length)]);
  for (;;) {
    ssize_t n = rd(buf.get(), static_cast<size_t>(length));
    if (n >= 0) return bytes_value(std::string(buf.get(), static_cast<size_t>(n)));
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
}

// read(fd, length, /)
Value p_read(Args& a) {
  positional(a, "read", 2, 2);
  int fd = int_arg(a.v[0]);
  int64_t length = as_ssize(a.v[1]);
  return read_bytes(length, [fd](char* buf, size_t n) { return ::read(fd, buf, n); });
}

// write(fd, data, /): data is any bytes-like object.
Value p_write(Args& a) {
  positional(a, "write", 2, 2);
  int fd = int_arg(a.v[0]);
  for (;;) {
    // Read again after a signal handler ran: it may have resized a bytearray.
    std::string scratch;
    std::string_view data = need_buffer(a.v[1], &scratch);
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n >= 0) return make_int(n);
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
}

// pread(fd, length, offset, /)
Value p_pread(Args& a) {
  positional(a, "pread", 3, 3);
  int fd = int_arg(a.v[0]);
  int64_t length = as_ssize(a.v[1]);
  int64_t offset = long_arg(a.v[2]);
  return read_bytes(length, [fd, offset](char* buf, size_t n) { return ::pread(fd, buf, n, offset); });
}

// pwrite(fd, buffer, offset, /)
Value p_pwrite(Args& a) {
  positional(a, "pwrite", 3, 3);
  int fd = int_arg(a.v[0]);
  std::string scratch;
  need_buffer(a.v[1], &scratch);
  int64_t offset = long_arg(a.v[2]);
  for (;;) {
    std::string_view data = need_buffer(a.v[1], &scratch);
    ssize_t n = ::pwrite(fd, data.data(), data.size(), offset);
    if (n >= 0) return make_int(n);
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
}

// lseek(fd, position, whence, /)
Value p_lseek(Args& a) {
  positional(a, "lseek", 3, 3);
  int fd = int_arg(a.v[0]);
  int64_t position = long_arg(a.v[1]);
  int whence = int_arg(a.v[2]);
  off_t r = lseek(fd, position, whence);
  if (r < 0) raise_errno(errno);
  return make_int(r);
}

// fsync(fd) and fdatasync(fd): fd may be an object with fileno().
Value sync_fd(Args& a, const char* name, int (*f)(int)) {
  Value v[1];
  bind(a, name, {"fd"}, 1, 1, v);
  int fd = fileno_arg(v[0]);
  while (f(fd) != 0) {
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
  return make_none();
}
Value p_fsync(Args& a) { return sync_fd(a, "fsync", fsync); }
Value p_fdatasync(Args& a) { return sync_fd(a, "fdatasync", fdatasync); }

// ftruncate(fd, length, /)
Value p_ftruncate(Args& a) {
  positional(a, "ftruncate", 2, 2);
  int fd = int_arg(a.v[0]);
  int64_t length = long_arg(a.v[1]);
  while (ftruncate(fd, length) != 0) {
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
  return make_none();
}

// truncate(path, length): path may be an fd.
Value p_truncate(Args& a) {
  Value v[2];
  bind(a, "truncate", {"path", "length"}, 2, 2, v);
  RootedPath p(v[0], "truncate", "path", kAllowFd);
  int64_t length = long_arg(v[1]);
  for (;;) {
    int r = p.is_fd() ? ftruncate(p.fd, length) : truncate(p.c_str(), length);
    if (r == 0) return make_none();
    int err = errno;
    if (!retry_after(err)) raise_path_error(err, p);
  }
}

Value fd_pair(int fds[2]) { return make_obj(new_tuple({make_int(fds[0]), make_int(fds[1])})); }

// pipe(): (read end, write end), both non-inheritable.
Value p_pipe(Args& a) {
  no_args(a, "pipe");
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) raise_errno(errno);
  return fd_pair(fds);
}

// pipe2(flags, /)
Value p_pipe2(Args& a) {
  Value flags = one_arg(a, "pipe2");
  int fds[2];
  if (pipe2(fds, int_arg(flags)) != 0) raise_errno(errno);
  return fd_pair(fds);
}

// dup(fd, /): a non-inheritable duplicate.
Value p_dup(Args& a) {
  int fd = int_arg(one_arg(a, "dup"));
  int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) raise_errno(errno);
  return make_int(r);
}

// dup2(fd, fd2, inheritable=True)
Value p_dup2(Args& a) {
  Value v[3];
  bind(a, "dup2", {"fd", "fd2", "inheritable"}, 2, 3, v);
  int fd = int_arg(v[0]), fd2 = int_arg(v[1]);
  bool inheritable = bool_arg(v[2], true);
  int r = inheritable ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
  if (r < 0) raise_errno(errno);
  return make_int(r);
}

// isatty(fd, /)
Value p_isatty(Args& a) { return make_bool(isatty(int_arg(one_arg(a, "isatty"))) == 1); }

// get_inheritable(fd, /) and set_inheritable(fd, inheritable, /)
Value p_get_inheritable(Args& a) {
  int fd = int_arg(one_arg(a, "get_inheritable"));
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0) raise_errno(errno);
  return make_bool(!(flags & FD_CLOEXEC));
}
Value p_set_inheritable(Args& a) {
  positional(a, "set_inheritable", 2, 2);
  int fd = int_arg(a.v[0]);
  bool inheritable = int_arg(a.v[1]) != 0;
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0) raise_errno(errno);
  int wanted = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
  if (wanted != flags && fcntl(fd, F_SETFD, wanted) < 0) raise_errno(errno);
  return make_none();
}

// get_blocking(fd, /) and set_blocking(fd, blocking, /)
Value p_get_blocking(Args& a) {
  int fd = int_arg(one_arg(a, "get_blocking"));
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0) raise_errno(errno);
  return make_bool(!(flags & O_NONBLOCK));
}
Value p_set_blocking(Args& a) {
  positional(a, "set_blocking", 2, 2);
  int fd = int_arg(a.v[0]);
  bool blocking = int_arg(a.v[1]) != 0;
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0) raise_errno(errno);
  int wanted = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
  if (wanted != flags && fcntl(fd, F_SETFL, wanted) < 0) raise_errno(errno);
  return make_none();
}

// sendfile(out_fd, in_fd, offset, count): offset None reads from in_fd's
// own position.
Value p_sendfile(Args& a) {
  Value v[4];
  bind(a, "sendfile", {"out_fd", "in_fd", "offset", "count"}, 4, 4, v);
  int out_fd = int_arg(v[0]), in_fd = int_arg(v[1]);
  bool at_position = v[2].is_none();
  off_t offset = at_position ? 0 : long_arg(v[2]);
  int64_t count = as_ssize(v[3]);
  if (count < 0) raise_errno(EINVAL);
  for (;;) {
    ssize_t n = sendfile(out_fd, in_fd, at_position ? nullptr : &offset, static_cast<size_t>(count));
    if (n >= 0) return make_int(n);
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
}

// device_encoding(fd): the locale's encoding for a terminal, else None.
Value p_device_encoding(Args& a) {
  Value v[1];
  bind(a, "device_encoding", {"fd"}, 1, 1, v);
  int fd = int_arg(v[0]);
  return isatty(fd) == 1 ? str_value("UTF-8") : make_none();
}

}  // namespace

void add_files(Module* m) {
  add_function(m, "open", p_open);
  add_function(m, "close", p_close);
  add_function(m, "closerange", p_closerange);
  add_function(m, "read", p_read);
  add_function(m, "write", p_write);
  add_function(m, "pread", p_pread);
  add_function(m, "pwrite", p_pwrite);
  add_function(m, "lseek", p_lseek);
  add_function(m, "fsync", p_fsync);
  add_function(m, "fdatasync", p_fdatasync);
  add_function(m, "ftruncate", p_ftruncate);
  add_function(m, "truncate", p_truncate);
  add_function(m, "pipe", p_pipe);
  add_function(m, "pipe2", p_pipe2);
  add_function(m, "dup", p_dup);
  add_function(m, "dup2", p_dup2);
  add_function(m, "isatty", p_isatty);
  add_function(m, "get_inheritable", p_get_inheritable);
  add_function(m, "set_inheritable", p_set_inheritable);
  add_function(m, "get_blocking", p_get_blocking);
  add_function(m, "set_blocking", p_set_blocking);
  add_function(m, "sendfile", p_sendfile);
  add_function(m, "device_encoding", p_device_encoding);
}

}  // namespace coil::rt::posix
