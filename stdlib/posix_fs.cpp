// Names in the file system: the working directory, making and removing
// directories and links, renaming, permissions and times (CPython's
// posixmodule.c). Every function that takes dir_fd uses the *at form of
// its system call, so os.supports_dir_fd is honest.
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cmath>
#include <climits>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/numbers.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/posix.h"

namespace coil::rt::posix {

namespace {

// The working directory as bytes.
std::string cwd_bytes() {
  std::string buf(256, '\0');
  for (;;) {
    if (getcwd(buf.data(), buf.size())) {
      buf.resize(std::char_traits<char>::length(buf.c_str()));
      return buf;
    }
    if (errno != ERANGE) raise_errno(errno);
    buf.resize(buf.size() * 2);
  }
}

// getcwd() and getcwdb()
Value p_getcwd(Args& a) {
  no_args(a, "getcwd");
  return fs_decode(cwd_bytes());
}
Value p_getcwdb(Args& a) {
  no_args(a, "getcwdb");
  return fs_value(cwd_bytes(), true);
}

// chdir(path): path may be an fd.
Value p_chdir(Args& a) {
  Value v[1];
  bind(a, "chdir", {"path"}, 1, 1, v);
  RootedPath p(v[0], "chdir", "path", kAllowFd);
  if ((p.is_fd() ? fchdir(p.fd) : chdir(p.c_str())) != 0) raise_path_error(errno, p);
  return make_none();
}

// fchdir(fd)
Value p_fchdir(Args& a) {
  Value v[1];
  bind(a, "fchdir", {"fd"}, 1, 1, v);
  int fd = fileno_arg(v[0]);
  while (fchdir(fd) != 0) {
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
  return make_none();
}

// mkdir(path, mode=0o777, *, dir_fd=None)
Value p_mkdir(Args& a) {
  Value v[3];
  bind(a, "mkdir", {"path", "mode", "dir_fd"}, 1, 2, v);
  RootedPath p(v[0], "mkdir", "path");
  int mode = v[1].is_undef() ? 0777 : int_arg(v[1]);
  int dir_fd = dir_fd_arg(v[2]);
  if (mkdirat(dir_fd, p.c_str(), static_cast<mode_t>(mode)) != 0) raise_path_error(errno, p);
  return make_none();
}

// mkfifo(path, mode=0o666, *, dir_fd=None)
Value p_mkfifo(Args& a) {
  Value v[3];
  bind(a, "mkfifo", {"path", "mode", "dir_fd"}, 1, 2, v);
  RootedPath p(v[0], "mkfifo", "path");
  int mode = v[1].is_undef() ? 0666 : int_arg(v[1]);
  int dir_fd = dir_fd_arg(v[2]);
  while (mkfifoat(dir_fd, p.c_str(), static_cast<mode_t>(mode)) != 0) {
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
  return make_none();
}

// mknod(path, mode=0o600, device=0, *, dir_fd=None)
Value p_mknod(Args& a) {
  Value v[4];
  bind(a, "mknod", {"path", "mode", "device", "dir_fd"}, 1, 3, v);
  RootedPath p(v[0], "mknod", "path");
  int mode = v[1].is_undef() ? 0600 : int_arg(v[1]);
  dev_t device = v[2].is_undef() ? 0 : static_cast<dev_t>(long_arg(v[2]));
  int dir_fd = dir_fd_arg(v[3]);
  while (mknodat(dir_fd, p.c_str(), static_cast<mode_t>(mode), device) != 0) {
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
  return make_none();
}

// major(device, /), minor(device, /), makedev(major, minor, /)
Value p_major(Args& a) { return make_int(major(static_cast<dev_t>(long_arg(one_arg(a, "major"))))); }
Value p_minor(Args& a) { return make_int(minor(static_cast<dev_t>(long_arg(one_arg(a, "minor"))))); }
Value p_makedev(Args& a) {
  positional(a, "makedev", 2, 2);
  unsigned maj = static_cast<unsigned>(int_arg(a.v[0])), min = static_cast<unsigned>(int_arg(a.v[1]));
  return make_int(static_cast<int64_t>(makedev(maj, min)));
}

// rmdir(path, *, dir_fd=None), and unlink/remove(path, *, dir_fd=None).
Value remove_name(Args& a, const char* name, int flags) {
  Value v[2];
  bind(a, name, {"path", "dir_fd"}, 1, 1, v);
  RootedPath p(v[0], name, "path");
  int dir_fd = dir_fd_arg(v[1]);
  if (unlinkat(dir_fd, p.c_str(), flags) != 0) raise_path_error(errno, p);
  return make_none();
}
Value p_rmdir(Args& a) { return remove_name(a, "rmdir", AT_REMOVEDIR); }
Value p_unlink(Args& a) { return remove_name(a, "unlink", 0); }
Value p_remove(Args& a) { return remove_name(a, "remove", 0); }

// rename/replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None): both
// replace an existing dst on POSIX.
Value rename_impl(Args& a, const char* name) {
  Value v[4];
  bind(a, name, {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 2, v);
  RootedPath src(v[0], name, "src");
  RootedPath dst(v[1], name, "dst");
  int src_dir_fd = dir_fd_arg(v[2]), dst_dir_fd = dir_fd_arg(v[3]);
  if (renameat(src_dir_fd, src.c_str(), dst_dir_fd, dst.c_str()) != 0) raise_path_error2(errno, src, dst);
  return make_none();
}
Value p_rename(Args& a) { return rename_impl(a, "rename"); }
Value p_replace(Args& a) { return rename_impl(a, "replace"); }

// link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)
Value p_link(Args& a) {
  Value v[5];
  bind(a, "link", {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2, 2, v);
  RootedPath src(v[0], "link", "src");
  RootedPath dst(v[1], "link", "dst");
  int src_dir_fd = dir_fd_arg(v[2]), dst_dir_fd = dir_fd_arg(v[3]);
  bool follow = bool_arg(v[4], true);
  if (linkat(src_dir_fd, src.c_str(), dst_dir_fd, dst.c_str(), follow ? AT_SYMLINK_FOLLOW : 0) != 0)
    raise_path_error2(errno, src, dst);
  return make_none();
}

// symlink(src, dst, target_is_directory=False, *, dir_fd=None)
Value p_symlink(Args& a) {
  Value v[4];
  bind(a, "symlink", {"src", "dst", "target_is_directory", "dir_fd"}, 2, 3, v);
  RootedPath src(v[0], "symlink", "src");
  RootedPath dst(v[1], "symlink", "dst");
  bool_arg(v[2], false);  // only Windows tells directory links apart
  int dir_fd = dir_fd_arg(v[3]);
  if (symlinkat(src.c_str(), dir_fd, dst.c_str()) != 0) raise_path_error2(errno, src, dst);
  return make_none();
}

// readlink(path, *, dir_fd=None): str or bytes as the path was.
Value p_readlink(Args& a) {
  Value v[2];
  bind(a, "readlink", {"path", "dir_fd"}, 1, 1, v);
  RootedPath p(v[0], "readlink", "path");
  int dir_fd = dir_fd_arg(v[1]);
  std::string buf(256, '\0');
  for (;;) {
    ssize_t n = readlinkat(dir_fd, p.c_str(), buf.data(), buf.size());
    if (n < 0) raise_path_error(errno, p);
    if (static_cast<size_t>(n) < buf.size()) {
      buf.resize(static_cast<size_t>(n));
      return fs_value(buf, p.is_bytes);
    }
    buf.resize(buf.size() * 2);
  }
}

// access(path, mode, *, dir_fd=None, effective_ids=False,
// follow_symlinks=True): whether the access would be allowed.
Value p_access(Args& a) {
  Value v[5];
  bind(a, "access", {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2, v);
  RootedPath p(v[0], "access", "path");
  int mode = int_arg(v[1]);
  int dir_fd = dir_fd_arg(v[2]);
  bool effective = bool_arg(v[3], false), follow = bool_arg(v[4], true);
  int flags = (effective ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
  return make_bool(faccessat(dir_fd, p.c_str(), mode, flags) == 0);
}

// chmod(path, mode, *, dir_fd=None, follow_symlinks=True): path may be an
// fd.
Value p_chmod(Args& a) {
  Value v[4];
  bind(a, "chmod", {"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2, v);
  RootedPath p(v[0], "chmod", "path", kAllowFd);
  int mode = int_arg(v[1]);
  int dir_fd = dir_fd_arg(v[2]);
  bool follow = bool_arg(v[3], true);
  if (p.is_fd() && dir_fd != AT_FDCWD)
    raise(exc_types().ValueError, "chmod: can't specify dir_fd without matching path");
  int r = p.is_fd() ? fchmod(p.fd, static_cast<mode_t>(mode))
                    : fchmodat(dir_fd, p.c_str(), static_cast<mode_t>(mode), follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (r != 0) {
    int err = errno;
    // A symbolic link's own mode cannot be changed on Linux.
    if (!follow && (err == ENOTSUP || err == EOPNOTSUPP)) {
      if (dir_fd != AT_FDCWD)
        raise(exc_types().ValueError, "chmod: cannot use dir_fd and follow_symlinks together");
      raise(exc_types().NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
    }
    raise_path_error(err, p);
  }
  return make_none();
}

// fchmod(fd, mode)
Value p_fchmod(Args& a) {
  Value v[2];
  bind(a, "fchmod", {"fd", "mode"}, 2, 2, v);
  int fd = int_arg(v[0]), mode = int_arg(v[1]);
  while (fchmod(fd, static_cast<mode_t>(mode)) != 0) {
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
  return make_none();
}

// A uid or gid: -1 leaves it unchanged.
unsigned id_arg(Value v) {
  int64_t id = long_arg(v);
  if (id == -1) return static_cast<unsigned>(-1);
  if (id < 0) raise(exc_types().OverflowError, "uid is less than minimum");
  if (id > UINT_MAX - 1) raise(exc_types().OverflowError, "uid is greater than maximum");
  return static_cast<unsigned>(id);
}

// chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)
Value p_chown(Args& a) {
  Value v[5];
  bind(a, "chown", {"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 3, 3, v);
  RootedPath p(v[0], "chown", "path", kAllowFd);
  unsigned uid = id_arg(v[1]), gid = id_arg(v[2]);
  int dir_fd = dir_fd_arg(v[3]);
  bool follow = bool_arg(v[4], true);
  check_fd_combinations("chown", p, dir_fd, follow);
  int r = p.is_fd() ? fchown(p.fd, uid, gid) : fchownat(dir_fd, p.c_str(), uid, gid, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (r != 0) raise_path_error(errno, p);
  return make_none();
}

// lchown(path, uid, gid)
Value p_lchown(Args& a) {
  Value v[3];
  bind(a, "lchown", {"path", "uid", "gid"}, 3, 3, v);
  RootedPath p(v[0], "lchown", "path");
  unsigned uid = id_arg(v[1]), gid = id_arg(v[2]);
  if (lchown(p.c_str(), uid, gid) != 0) raise_path_error(errno, p);
  return make_none();
}

// fchown(fd, uid, gid)
Value p_fchown(Args& a) {
  Value v[3];
  bind(a, "fchown", {"fd", "uid", "gid"}, 3, 3, v);
  int fd = int_arg(v[0]);
  unsigned uid = id_arg(v[1]), gid = id_arg(v[2]);
  while (fchown(fd, uid, gid) != 0) {
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
  return make_none();
}

// A time in seconds (int or float) as a timespec, rounded toward minus
// infinity (CPython's _PyTime_ObjectToTimespec with _PyTime_ROUND_FLOOR).
timespec seconds_to_timespec(Value v) {
  timespec ts;
  if (v.is_float() || kind_is(v, Kind::BoxedFloat)) {
    double d = to_double(v);
    if (std::isnan(d)) raise(exc_types().ValueError, "Invalid value NaN (not a number)");
    double whole;
    double frac = std::modf(d, &whole) * 1e9;
    frac = std::floor(frac);
    if (frac >= 1e9) {
      frac -= 1e9;
      whole += 1.0;
    } else if (frac < 0) {
      frac += 1e9;
      whole -= 1.0;
    }
    if (!(whole >= -9.2233720368547758e18 && whole < 9.2233720368547758e18))
      raise(exc_types().OverflowError, "timestamp out of range for platform time_t");
    ts.tv_sec = static_cast<time_t>(whole);
    ts.tv_nsec = static_cast<long>(frac);
    return ts;
  }
  Value i = index_int(v);
  if (!i.is_int()) raise(exc_types().OverflowError, "timestamp out of range for platform time_t");
  ts.tv_sec = i.i;
  ts.tv_nsec = 0;
  return ts;
}

// A time in nanoseconds (an int) as a timespec: divmod(ns, 10**9).
timespec ns_to_timespec(Value v) {
  if (!v.is_int() && !v.is_bool() && !kind_is(v, Kind::BigInt))
    raise(exc_types().TypeError,
          "unsupported operand type(s) for divmod(): '" + type_name(v) + "' and 'int'");
  Value i = index_int(v);
  if (!i.is_int()) raise(exc_types().OverflowError, "timestamp out of range for platform time_t");
  int64_t sec = i.i / 1000000000, nsec = i.i % 1000000000;
  if (nsec < 0) {
    nsec += 1000000000;
    --sec;
  }
  timespec ts;
  ts.tv_sec = sec;
  ts.tv_nsec = nsec;
  return ts;
}

// utime(path, times=None, *, ns=<unset>, dir_fd=None, follow_symlinks=True)
Value p_utime(Args& a) {
  Value v[5];
  bind(a, "utime", {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1, 2, v);
  RootedPath p(v[0], "utime", "path", kAllowFd);
  Value times = v[1].is_undef() ? make_none() : v[1], ns = v[2];
  int dir_fd = dir_fd_arg(v[3]);
  bool follow = bool_arg(v[4], true);
  timespec ts[2];
  bool now = false;
  if (!times.is_none() && !ns.is_undef())
    raise(exc_types().ValueError, "utime: you may specify either 'times' or 'ns' but not both");
  if (!times.is_none()) {
    if (!is_exact(times, Kind::Tuple) || as<Tuple>(times)->size() != 2)
      raise(exc_types().TypeError, "utime: 'times' must be either a tuple of two ints or None");
    ts[0] = seconds_to_timespec(as<Tuple>(times)->items[0]);
    ts[1] = seconds_to_timespec(as<Tuple>(times)->items[1]);
  } else if (!ns.is_undef()) {
    if (!is_exact(ns, Kind::Tuple) || as<Tuple>(ns)->size() != 2)
      raise(exc_types().TypeError, "utime: 'ns' must be a tuple of two ints");
    ts[0] = ns_to_timespec(as<Tuple>(ns)->items[0]);
    ts[1] = ns_to_timespec(as<Tuple>(ns)->items[1]);
  } else {
    now = true;
  }
  if (p.is_fd() && dir_fd != AT_FDCWD)
    raise(exc_types().ValueError, "utime: can't specify dir_fd without matching path");
  int r;
  if (p.is_fd() && !follow) {
    r = -1;
    errno = EINVAL;
  } else if (p.is_fd()) {
    r = futimens(p.fd, now ? nullptr : ts);
  } else {
    r = utimensat(dir_fd, p.c_str(), now ? nullptr : ts, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  }
  // As CPython: the error does not name the file.
  if (r != 0) raise_errno(errno);
  return make_none();
}

// umask(mask, /): the previous mask.
Value p_umask(Args& a) { return make_int(umask(static_cast<mode_t>(int_arg(one_arg(a, "umask"))))); }

// sync()
Value p_sync(Args& a) {
  no_args(a, "sync");
  sync();
  return make_none();
}

}  // namespace

void add_fs(Module* m) {
  add_function(m, "getcwd", p_getcwd);
  add_function(m, "getcwdb", p_getcwdb);
  add_function(m, "chdir", p_chdir);
  add_function(m, "fchdir", p_fchdir);
  add_function(m, "mkdir", p_mkdir);
  add_function(m, "mkfifo", p_mkfifo);
  add_function(m, "mknod", p_mknod);
  add_function(m, "major", p_major);
  add_function(m, "minor", p_minor);
  add_function(m, "makedev", p_makedev);
  add_function(m, "rmdir", p_rmdir);
  add_function(m, "unlink", p_unlink);
  add_function(m, "remove", p_remove);
  add_function(m, "rename", p_rename);
  add_function(m, "replace", p_replace);
  add_function(m, "link", p_link);
  add_function(m, "symlink", p_symlink);
  add_function(m, "readlink", p_readlink);
  add_function(m, "access", p_access);
  add_function(m, "chmod", p_chmod);
  add_function(m, "fchmod", p_fchmod);
  add_function(m, "chown", p_chown);
  add_function(m, "lchown", p_lchown);
  add_function(m, "fchown", p_fchown);
  add_function(m, "utime", p_utime);
  add_function(m, "umask", p_umask);
  add_function(m, "sync", p_sync);
}

}  // namespace coil::rt::posix
