// The posix module (CPython's Modules/posixmodule.c, for Linux), on which
// CPython's os.py builds the os module: this file makes the module, its
// constants and _have_functions, and holds the functions about processes
// and the system. The functions about files, names, stat results,
// directories and the environment are in the other posix_*.cpp files
// (see stdlib/posix.h).
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include "runtime/checked.h"
#include "runtime/heap.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/structseq.h"
#include "runtime/ops.h"
#include "runtime/output.h"
#include "runtime/signals.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"
#include "runtime/str.h"
#include "stdlib/modules.h"
#include "stdlib/posix.h"

namespace coil::rt::posix {

namespace {

TypeObject* g_uname_result = nullptr;
TypeObject* g_times_result = nullptr;
TypeObject* g_terminal_size = nullptr;

// ---------------------------------------------------------------- ids

Value p_getpid(Args& a) { no_args(a, "getpid"); return make_int(getpid()); }
Value p_getppid(Args& a) { no_args(a, "getppid"); return make_int(getppid()); }
Value p_getuid(Args& a) { no_args(a, "getuid"); return make_int(getuid()); }
Value p_geteuid(Args& a) { no_args(a, "geteuid"); return make_int(geteuid()); }
Value p_getgid(Args& a) { no_args(a, "getgid"); return make_int(getgid()); }
Value p_getegid(Args& a) { no_args(a, "getegid"); return make_int(getegid()); }
Value p_getpgrp(Args& a) { no_args(a, "getpgrp"); return make_int(getpgrp()); }

// getgroups(): the supplementary group ids.
Value p_getgroups(Args& a) {
  no_args(a, "getgroups");
  int n = getgroups(0, nullptr);
  if (n < 0) raise_errno(errno);
  std::vector<gid_t> groups(static_cast<size_t>(n));
  n = getgroups(n, groups.data());
  if (n < 0) raise_errno(errno);
  List* l = new_list();
  for (int i = 0; i < n; ++i) l->items.push_back(make_int(groups[static_cast<size_t>(i)]));
  return make_obj(l);
}

// ---------------------------------------------------------------- processes

// kill(pid, signal, /): a signal sent to coil itself is handled before
// kill returns, as in CPython.
Value p_kill(Args& a) {
  exact_varargs(a, "kill", 2);
  int pid = int_arg(a.v[0]);
  int sig = int_arg(a.v[1]);
  if (kill(pid, sig) != 0) raise_errno(errno);
  run_pending_signals();
  return make_none();
}

// killpg(pgid, signal, /)
Value p_killpg(Args& a) {
  exact_varargs(a, "killpg", 2);
  int pgid = int_arg(a.v[0]);
  int sig = int_arg(a.v[1]);
  if (killpg(pgid, sig) != 0) raise_errno(errno);
  run_pending_signals();
  return make_none();
}

// _exit(status): ends the process at once, without cleanup or flushing.
Value p_exit(Args& a) {
  Value v[1];
  bind(a, "_exit", {"status"}, 1, 1, v);
  _exit(int_arg(v[0]));
}

// abort()
Value p_abort(Args& a) {
  no_args(a, "abort");
  abort();
}

// waitpid(pid, options, /): (pid, status).
Value p_waitpid(Args& a) {
  exact_varargs(a, "waitpid", 2);
  int pid = int_arg(a.v[0]);
  int options = int_arg(a.v[1]);
  int status = 0;
  for (;;) {
    pid_t r = waitpid(pid, &status, options);
    if (r >= 0) return make_obj(new_tuple({make_int(r), make_int(status)}));
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
}

// wait(): (pid, status) of any child.
Value p_wait(Args& a) {
  no_args(a, "wait");
  int status = 0;
  for (;;) {
    pid_t r = wait(&status);
    if (r >= 0) return make_obj(new_tuple({make_int(r), make_int(status)}));
    int err = errno;
    if (!retry_after(err)) raise_errno(err);
  }
}

// system(command): the wait status of `sh -c command`.
Value p_system(Args& a) {
  Value v[1];
  bind(a, "system", {"command"}, 1, 1, v);
  Value p = fspath(v[0]);
  std::string command = is_str(p) ? fs_encode(p) : std::string(as<Bytes>(p)->data);
  if (command.find('\0') != std::string::npos) raise(exc_types().ValueError, "embedded null byte");
  return make_int(system(command.c_str()));
}

// The wait-status macros: WIFEXITED(status) and friends take status by
// keyword too; WCOREDUMP only by position.
int status_arg(Args& a, const char* name) {
  Value v[1];
  bind(a, name, {"status"}, 1, 1, v);
  return int_arg(v[0]);
}
Value p_wifexited(Args& a) { return make_bool(WIFEXITED(status_arg(a, "WIFEXITED"))); }
Value p_wifsignaled(Args& a) { return make_bool(WIFSIGNALED(status_arg(a, "WIFSIGNALED"))); }
Value p_wifstopped(Args& a) { return make_bool(WIFSTOPPED(status_arg(a, "WIFSTOPPED"))); }
Value p_wifcontinued(Args& a) { return make_bool(WIFCONTINUED(status_arg(a, "WIFCONTINUED"))); }
Value p_wexitstatus(Args& a) { return make_int(WEXITSTATUS(status_arg(a, "WEXITSTATUS"))); }
Value p_wtermsig(Args& a) { return make_int(WTERMSIG(status_arg(a, "WTERMSIG"))); }
Value p_wstopsig(Args& a) { return make_int(WSTOPSIG(status_arg(a, "WSTOPSIG"))); }
Value p_wcoredump(Args& a) { return make_bool(WCOREDUMP(int_arg(one_arg(a, "WCOREDUMP")))); }

// waitstatus_to_exitcode(status): the exit code, or -signal for a process
// killed by a signal.
Value p_waitstatus_to_exitcode(Args& a) {
  int status = status_arg(a, "waitstatus_to_exitcode");
  if (WIFEXITED(status)) return make_int(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    if (sig <= 0) raisef(exc_types().ValueError, "invalid WTERMSIG: %d", sig);
    return make_int(-sig);
  }
  if (WIFSTOPPED(status))
    raisef(exc_types().ValueError, "process stopped by delivery of signal %d", WSTOPSIG(status));
  raisef(exc_types().ValueError, "invalid wait status: %d", status);
}

// The callables of register_at_fork, oldest first: roots for the whole run.
std::vector<Value> g_before_fork, g_after_in_child, g_after_in_parent;
void trace_fork_hooks(Tracer& t) {
  for (auto* hooks : {&g_before_fork, &g_after_in_child, &g_after_in_parent})
    t.mark_range(hooks->data(), hooks->data() + hooks->size());
}

// register_at_fork(*, before=None, after_in_child=None,
// after_in_parent=None)
Value p_register_at_fork(Args& a) {
  Value v[3];
  bind(a, "register_at_fork", {"before", "after_in_child", "after_in_parent"}, 0, 0, v);
  const char* names[] = {"before", "after_in_child", "after_in_parent"};
  bool any = false;
  for (int i = 0; i < 3; ++i) {
    if (v[i].is_undef()) continue;
    any = true;
    if (!is_callable(v[i]))
      raisef(exc_types().TypeError, "'%s' must be callable, not %s", names[i], type_name(v[i]).c_str());
  }
  if (!any) raise(exc_types().TypeError, "At least one argument is required.");
  static bool rooted = false;
  if (!rooted) {
    rooted = true;
    vm().root_hooks.push_back(trace_fork_hooks);
  }
  if (!v[0].is_undef()) g_before_fork.push_back(v[0]);
  if (!v[1].is_undef()) g_after_in_child.push_back(v[1]);
  if (!v[2].is_undef()) g_after_in_parent.push_back(v[2]);
  return make_none();
}

// Runs fork hooks (newest first for `before`, as CPython), reporting an
// exception as unraisable: it does not stop the fork.
void run_fork_hooks(const std::vector<Value>& hooks, bool reverse) {
  RootedVector copy;
  copy.assign(hooks.begin(), hooks.end());
  if (reverse) std::reverse(copy.begin(), copy.end());
  for (Value h : copy) {
    try {
      call0(h);
    } catch (PyError& e) {
      stdout_flush_quietly();
      std::string text = "Exception ignored in: " + repr(h) + "\n" + format_exception(e.exc);
      std::fwrite(text.data(), 1, text.size(), stderr);
      std::fflush(stderr);
    }
  }
}

// fork(): 0 in the child, the child's pid in the parent.
Value p_fork(Args& a) {
  no_args(a, "fork");
  run_fork_hooks(g_before_fork, true);
  pid_t pid = fork();
  int err = errno;
  if (pid == 0) {
    run_fork_hooks(g_after_in_child, false);
    return make_int(0);
  }
  run_fork_hooks(g_after_in_parent, false);
  if (pid < 0) raise_errno(err);
  return make_int(pid);
}

// The argv of execv/execve as NUL-terminated strings; `func` and `how`
// word the errors as CPython does for each.
std::vector<std::string> exec_argv(Value argv, bool execv_style) {
  if (!is_list(argv) && !is_tuple(argv))
    raise(exc_types().TypeError,
          execv_style ? "execv() arg 2 must be a tuple or list" : "execve: argv must be a tuple or list");
  const std::vector<Value>& items = is_list(argv) ? as<List>(argv)->items : as<Tuple>(argv)->items;
  if (items.empty())
    raise(exc_types().ValueError, execv_style ? "execv() arg 2 must not be empty" : "execve: argv must not be empty");
  RootedVector keep;
  keep.assign(items.begin(), items.end());
  std::vector<std::string> out;
  for (Value item : keep) {
    Value p = fspath(item);
    out.push_back(is_str(p) ? fs_encode(p) : as<Bytes>(p)->data);
    if (out.back().find('\0') != std::string::npos) raise(exc_types().ValueError, "embedded null byte");
  }
  if (out[0].empty())
    raise(exc_types().ValueError,
          execv_style ? "execv() arg 2 first element cannot be empty" : "execve: argv first element cannot be empty");
  return out;
}

std::vector<char*> c_strings(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (std::string& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// execv(path, argv, /): replaces the process; returns only by raising.
Value p_execv(Args& a) {
  positional(a, "execv", 2, 2);
  RootedPath p(a.v[0], "execv", "path");
  std::vector<std::string> argv = exec_argv(a.v[1], true);
  std::vector<char*> args = c_strings(argv);
  execv(p.c_str(), args.data());
  raise_errno(errno);
}

// execve(path, argv, env): env is a mapping of str or bytes.
Value p_execve(Args& a) {
  Value v[3];
  bind(a, "execve", {"path", "argv", "env"}, 3, 3, v);
  RootedPath p(v[0], "execve", "path", kAllowFd);
  std::vector<std::string> argv = exec_argv(v[1], false);
  Value env = v[2];
  Value keys_method = getattr_opt(env, COIL_NAME("keys"));
  if (keys_method.is_undef() || !type_of(env)->slots.getitem)
    raise(exc_types().TypeError, "execve: environment must be a mapping object");
  RootedVector keys;
  collect_values(call_method(env, COIL_NAME("keys"), nullptr, 0), keys);
  std::vector<std::string> envp;
  for (Value k : keys) {
    Value pk = fspath(k);
    std::string key = is_str(pk) ? fs_encode(pk) : as<Bytes>(pk)->data;
    Value pv = fspath(getitem(env, k));
    std::string value = is_str(pv) ? fs_encode(pv) : as<Bytes>(pv)->data;
    if (key.empty() || key.find('=') != std::string::npos)
      raise(exc_types().ValueError, "illegal environment variable name");
    if (key.find('\0') != std::string::npos || value.find('\0') != std::string::npos)
      raise(exc_types().ValueError, "embedded null byte");
    envp.push_back(key + "=" + value);
  }
  std::vector<char*> args = c_strings(argv), envs = c_strings(envp);
  if (p.is_fd())
    fexecve(p.fd, args.data(), envs.data());
  else
    execve(p.c_str(), args.data(), envs.data());
  raise_path_error(errno, p);
}

// Process groups and sessions.
Value p_getpgid(Args& a) {
  Value v[1];
  bind(a, "getpgid", {"pid"}, 1, 1, v);
  pid_t r = getpgid(int_arg(v[0]));
  if (r < 0) raise_errno(errno);
  return make_int(r);
}
Value p_getsid(Args& a) {
  pid_t r = getsid(int_arg(one_arg(a, "getsid")));
  if (r < 0) raise_errno(errno);
  return make_int(r);
}
Value p_setsid(Args& a) {
  no_args(a, "setsid");
  if (setsid() < 0) raise_errno(errno);
  return make_none();
}
Value p_setpgid(Args& a) {
  positional(a, "setpgid", 2, 2);
  if (setpgid(int_arg(a.v[0]), int_arg(a.v[1])) < 0) raise_errno(errno);
  return make_none();
}
Value p_getresuid(Args& a) {
  no_args(a, "getresuid");
  uid_t r, e, s;
  if (getresuid(&r, &e, &s) < 0) raise_errno(errno);
  return make_obj(new_tuple({make_int(r), make_int(e), make_int(s)}));
}
Value p_getresgid(Args& a) {
  no_args(a, "getresgid");
  gid_t r, e, s;
  if (getresgid(&r, &e, &s) < 0) raise_errno(errno);
  return make_obj(new_tuple({make_int(r), make_int(e), make_int(s)}));
}
// getlogin(): the name of the user logged in on the controlling terminal.
Value p_getlogin(Args& a) {
  no_args(a, "getlogin");
  errno = 0;
  const char* name = getlogin();
  if (!name) {
    if (errno) raise_errno(errno);
    raise(exc_types().OSError, "unable to determine login name");
  }
  return fs_decode(name);
}
// nice(increment, /): the new niceness.
Value p_nice(Args& a) {
  int inc = int_arg(one_arg(a, "nice"));
  errno = 0;
  int r = nice(inc);
  if (r == -1 && errno != 0) raise_errno(errno);
  return make_int(r);
}

// ---------------------------------------------------------------- the system

// uname(): posix.uname_result.
Value p_uname(Args& a) {
  no_args(a, "uname");
  utsname u;
  if (uname(&u) != 0) raise_errno(errno);
  return new_structseq(g_uname_result, {fs_decode(u.sysname), fs_decode(u.nodename), fs_decode(u.release),
                                        fs_decode(u.version), fs_decode(u.machine)});
}

// times(): posix.times_result of seconds.
Value p_times(Args& a) {
  no_args(a, "times");
  tms t;
  clock_t elapsed = times(&t);
  if (elapsed == static_cast<clock_t>(-1)) raise_errno(errno);
  double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
  auto secs = [&](clock_t c) { return make_float(static_cast<double>(c) / tick); };
  return new_structseq(g_times_result,
                       {secs(t.tms_utime), secs(t.tms_stime), secs(t.tms_cutime), secs(t.tms_cstime), secs(elapsed)});
}

// cpu_count(): the number of online processors, or None.
Value p_cpu_count(Args& a) {
  no_args(a, "cpu_count");
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n >= 1 ? make_int(n) : make_none();
}

// getloadavg(): the 1, 5 and 15 minute load averages.
Value p_getloadavg(Args& a) {
  no_args(a, "getloadavg");
  double avg[3];
  if (getloadavg(avg, 3) != 3) raise(exc_types().OSError, "Load averages are unobtainable");
  return make_obj(new_tuple({make_float(avg[0]), make_float(avg[1]), make_float(avg[2])}));
}

// urandom(size, /): size random bytes from the kernel.
Value p_urandom(Args& a) {
  int64_t size = as_ssize(one_arg(a, "urandom"));
  if (size < 0) raise(exc_types().ValueError, "negative argument not allowed");
  check_allocation(static_cast<size_t>(size));
  std::string buf(static_cast<size_t>(size), '\0');
  size_t done = 0;
  while (done < buf.size()) {
    ssize_t n = getrandom(buf.data() + done, buf.size() - done, 0);
    if (n < 0) {
      int err = errno;
      if (!retry_after(err)) raise_errno(err);
      continue;
    }
    done += static_cast<size_t>(n);
  }
  return bytes_value(std::move(buf));
}

// strerror(code, /)
Value p_strerror(Args& a) { return fs_decode(std::strerror(int_arg(one_arg(a, "strerror")))); }

// get_terminal_size(fd=1, /): os.terminal_size(columns, lines).
Value p_get_terminal_size(Args& a) {
  positional(a, "get_terminal_size", 0, 1);
  int fd = a.n ? int_arg(a.v[0]) : STDOUT_FILENO;
  winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) != 0) raise_errno(errno);
  return new_structseq(g_terminal_size, {make_int(w.ws_col), make_int(w.ws_row)});
}

// fspath(path)
Value p_fspath(Args& a) {
  Value v[1];
  bind(a, "fspath", {"path"}, 1, 1, v);
  return fspath(v[0]);
}

// ---------------------------------------------------------------- constants

struct Constant {
  const char* name;
  int64_t value;
};
#define COIL_CONST(name) {#name, name},
const Constant kConstants[] = {
    // access()
    COIL_CONST(F_OK) COIL_CONST(R_OK) COIL_CONST(W_OK) COIL_CONST(X_OK)
    COIL_CONST(NGROUPS_MAX) COIL_CONST(TMP_MAX)
    // waitpid()
    COIL_CONST(WCONTINUED) COIL_CONST(WNOHANG) COIL_CONST(WUNTRACED) COIL_CONST(WEXITED) COIL_CONST(WNOWAIT)
    COIL_CONST(WSTOPPED)
    // open()
    COIL_CONST(O_RDONLY) COIL_CONST(O_WRONLY) COIL_CONST(O_RDWR) COIL_CONST(O_NDELAY) COIL_CONST(O_NONBLOCK)
    COIL_CONST(O_APPEND) COIL_CONST(O_DSYNC) COIL_CONST(O_RSYNC) COIL_CONST(O_SYNC) COIL_CONST(O_NOCTTY)
    COIL_CONST(O_CREAT) COIL_CONST(O_EXCL) COIL_CONST(O_TRUNC) COIL_CONST(O_LARGEFILE) COIL_CONST(O_PATH)
    COIL_CONST(O_TMPFILE) COIL_CONST(O_CLOEXEC) COIL_CONST(O_ACCMODE) COIL_CONST(O_FSYNC) COIL_CONST(O_ASYNC)
    COIL_CONST(O_DIRECT) COIL_CONST(O_DIRECTORY) COIL_CONST(O_NOFOLLOW) COIL_CONST(O_NOATIME)
    // lseek()
    COIL_CONST(SEEK_HOLE) COIL_CONST(SEEK_DATA)
    // exit statuses (sysexits.h)
    COIL_CONST(EX_OK) COIL_CONST(EX_USAGE) COIL_CONST(EX_DATAERR) COIL_CONST(EX_NOINPUT) COIL_CONST(EX_NOUSER)
    COIL_CONST(EX_NOHOST) COIL_CONST(EX_UNAVAILABLE) COIL_CONST(EX_SOFTWARE) COIL_CONST(EX_OSERR)
    COIL_CONST(EX_OSFILE) COIL_CONST(EX_CANTCREAT) COIL_CONST(EX_IOERR) COIL_CONST(EX_TEMPFAIL)
    COIL_CONST(EX_PROTOCOL) COIL_CONST(EX_NOPERM) COIL_CONST(EX_CONFIG)
    // statvfs() f_flag
    COIL_CONST(ST_RDONLY) COIL_CONST(ST_NOSUID) COIL_CONST(ST_NODEV) COIL_CONST(ST_NOEXEC)
    COIL_CONST(ST_SYNCHRONOUS) COIL_CONST(ST_MANDLOCK) COIL_CONST(ST_WRITE) COIL_CONST(ST_APPEND)
    COIL_CONST(ST_NOATIME) COIL_CONST(ST_NODIRATIME) COIL_CONST(ST_RELATIME)
};
#undef COIL_CONST

// The HAVE_* names of the functions whose dir_fd, fd and follow_symlinks
// forms this module implements; os.py makes supports_dir_fd,
// supports_fd and supports_follow_symlinks from them.
const char* const kHaveFunctions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR",    "HAVE_FCHMOD",     "HAVE_FCHMODAT",   "HAVE_FCHOWN",
    "HAVE_FCHOWNAT",  "HAVE_FDOPENDIR", "HAVE_FEXECVE", "HAVE_FSTATAT",    "HAVE_FSTATVFS",   "HAVE_FTRUNCATE",
    "HAVE_FUTIMENS",  "HAVE_LINKAT",    "HAVE_LCHOWN",     "HAVE_LSTAT",      "HAVE_MKDIRAT",
    "HAVE_MKFIFOAT",  "HAVE_MKNODAT",   "HAVE_OPENAT",    "HAVE_READLINKAT", "HAVE_RENAMEAT",   "HAVE_SYMLINKAT",
    "HAVE_UNLINKAT",  "HAVE_UTIMENSAT",
};

void make_types() {
  if (g_uname_result) return;
  g_uname_result = new_structseq_type(StructSeqSpec{
      "posix",
      "uname_result",
      {"sysname", "nodename", "release", "version", "machine"},
      -1,
      "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n"
      "  (sysname, nodename, release, version, machine),\n"
      "or via the attributes sysname, nodename, release, version, and machine.\n\n"
      "See os.uname for more information."});
  g_uname_result->ctor = [](Args& a) { return structseq_construct(g_uname_result, a); };
  g_times_result = new_structseq_type(StructSeqSpec{
      "posix",
      "times_result",
      {"user", "system", "children_user", "children_system", "elapsed"},
      -1,
      "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n"
      "  (user, system, children_user, children_system, elapsed),\n"
      "or via the attributes user, system, children_user, children_system,\nand elapsed.\n\n"
      "See os.times for more information."});
  g_times_result->ctor = [](Args& a) { return structseq_construct(g_times_result, a); };
  g_terminal_size = new_structseq_type(StructSeqSpec{
      "os", "terminal_size", {"columns", "lines"}, -1, "A tuple of (columns, lines) for holding terminal window size"});
  g_terminal_size->ctor = [](Args& a) { return structseq_construct(g_terminal_size, a); };
}

const struct {
  const char* name;
  NativeFn fn;
} kFunctions[] = {
    {"getpid", p_getpid},
    {"getppid", p_getppid},
    {"getuid", p_getuid},
    {"geteuid", p_geteuid},
    {"getgid", p_getgid},
    {"getegid", p_getegid},
    {"getpgrp", p_getpgrp},
    {"getgroups", p_getgroups},
    {"kill", p_kill},
    {"killpg", p_killpg},
    {"_exit", p_exit},
    {"abort", p_abort},
    {"waitpid", p_waitpid},
    {"wait", p_wait},
    {"system", p_system},
    {"WIFEXITED", p_wifexited},
    {"WIFSIGNALED", p_wifsignaled},
    {"WIFSTOPPED", p_wifstopped},
    {"WIFCONTINUED", p_wifcontinued},
    {"WEXITSTATUS", p_wexitstatus},
    {"WTERMSIG", p_wtermsig},
    {"WSTOPSIG", p_wstopsig},
    {"WCOREDUMP", p_wcoredump},
    {"waitstatus_to_exitcode", p_waitstatus_to_exitcode},
    {"register_at_fork", p_register_at_fork},
    {"fork", p_fork},
    {"execv", p_execv},
    {"execve", p_execve},
    {"getpgid", p_getpgid},
    {"getsid", p_getsid},
    {"setsid", p_setsid},
    {"setpgid", p_setpgid},
    {"getresuid", p_getresuid},
    {"getresgid", p_getresgid},
    {"getlogin", p_getlogin},
    {"nice", p_nice},
    {"uname", p_uname},
    {"times", p_times},
    {"cpu_count", p_cpu_count},
    {"getloadavg", p_getloadavg},
    {"urandom", p_urandom},
    {"strerror", p_strerror},
    {"get_terminal_size", p_get_terminal_size},
    {"fspath", p_fspath},
};

}  // namespace

}  // namespace coil::rt::posix

namespace coil::rt {

Module* init_posix_module() {
  using namespace posix;
  make_types();
  Module* m = new_module("posix");
  Rooted keep(make_obj(m));
  m->dict->set_str(intern("__doc__"),
                   str_value("This module provides access to operating system functionality that is\n"
                             "standardized by the C Standard and the POSIX standard (a thinly\n"
                             "disguised Unix interface).  Refer to the library manual and\n"
                             "corresponding Unix manual entries for more information on calls."));
  for (const auto& f : kFunctions) add_function(m, f.name, f.fn);
  add_files(m);
  add_fs(m);
  add_stat(m);
  add_scandir(m);
  add_environ(m);
  for (const Constant& c : kConstants) add_int(m, c.name, c.value);
  m->dict->set_str(intern("error"), make_obj(exc_types().OSError));
  m->dict->set_str(intern("uname_result"), make_obj(g_uname_result));
  m->dict->set_str(intern("times_result"), make_obj(g_times_result));
  m->dict->set_str(intern("terminal_size"), make_obj(g_terminal_size));
  List* have = new_list();
  m->dict->set_str(intern("_have_functions"), make_obj(have));
  for (const char* h : kHaveFunctions) have->items.push_back(str_value(h));
  return m;
}

}  // namespace coil::rt
