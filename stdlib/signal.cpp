// The _signal module (CPython's Modules/signalmodule.c) over
// runtime/signals.h. It is also importable as `signal` until CPython's own
// signal.py, which wraps these ints in IntEnums, runs on coil.
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/set.h"
#include "runtime/signals.h"
#include "runtime/str.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

void check_args(Args& a, const char* name, int n) {
  if (a.nkw()) raisef(exc_types().TypeError, "%s() takes no keyword arguments", name);
  if (a.n != n)
    raisef(exc_types().TypeError, "%s() takes exactly %d argument%s (%d given)", name, n, n == 1 ? "" : "s", a.n);
}

int signum_arg(Value v) {
  int s = as_c_int(v);
  if (s < 1 || s >= NSIG) raise(exc_types().ValueError, "signal number out of range");
  return s;
}

Value s_signal(Args& a) {
  check_args(a, "signal", 2);
  int s = signum_arg(a.v[0]);
  Value old = signal_handler(s);
  set_signal_handler(s, a.v[1]);
  return old;
}

Value s_getsignal(Args& a) {
  check_args(a, "getsignal", 1);
  return signal_handler(signum_arg(a.v[0]));
}

// raise_signal runs the handler at once, before returning (as CPython's
// PyErr_CheckSignals after raise()).
Value s_raise_signal(Args& a) {
  check_args(a, "raise_signal", 1);
  if (::raise(signum_arg(a.v[0])) != 0) raise_os_error(errno);
  run_pending_signals();
  return make_none();
}

Value s_strsignal(Args& a) {
  check_args(a, "strsignal", 1);
  int s = signum_arg(a.v[0]);
  const char* text = strsignal(s);
  if (!text || std::strncmp(text, "Unknown signal", 14) == 0 || std::strncmp(text, "Real-time signal", 16) == 0)
    return make_none();
  return str_value(text);
}

Value s_alarm(Args& a) {
  check_args(a, "alarm", 1);
  return make_int(alarm(static_cast<unsigned>(as_c_int(a.v[0]))));
}

// signal.pause(): sleeps until a signal arrives, then runs its Python
// handler. Signals reach coil's interpreter as a pending flag
// (runtime/signals.h), which it polls here between short sleeps.
Value s_pause(Args& a) {
  check_args(a, "pause", 0);
  while (!g_signal_pending.load(std::memory_order_relaxed)) {
    struct timespec ts{0, 2000000};
    nanosleep(&ts, nullptr);
  }
  run_pending_signals();
  return make_none();
}

Value s_valid_signals(Args& a) {
  check_args(a, "valid_signals", 0);
  std::vector<Value> items;
  for (int s = 1; s < NSIG; ++s)
    if (s != 32 && s != 33) items.push_back(make_int(s));  // glibc keeps these two for threads
  Set* set = new_set();
  Rooted keep(make_obj(set));
  for (Value v : items) set->add(v);
  return make_obj(set);
}

struct Constant {
  const char* name;
  int value;
};
const Constant kSignals[] = {
    {"SIGHUP", SIGHUP},   {"SIGINT", SIGINT},     {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT},   {"SIGIOT", SIGIOT},   {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE},   {"SIGKILL", SIGKILL},   {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE},   {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGCHLD", SIGCHLD}, {"SIGCONT", SIGCONT},   {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP},
    {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},   {"SIGURG", SIGURG},   {"SIGXCPU", SIGXCPU},
    {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH},
    {"SIGIO", SIGIO},     {"SIGPOLL", SIGPOLL},   {"SIGPWR", SIGPWR},   {"SIGSYS", SIGSYS},
    {"SIGRTMIN", SIGRTMIN}, {"SIGRTMAX", SIGRTMAX},
};


}  // namespace

Module* init_signal_module(const char* name) {
  Module* m = new_module(name);
  add_function(m, "signal", s_signal);
  add_function(m, "getsignal", s_getsignal);
  add_function(m, "raise_signal", s_raise_signal);
  add_function(m, "strsignal", s_strsignal);
  add_function(m, "alarm", s_alarm);
  add_function(m, "pause", s_pause);
  add_function(m, "valid_signals", s_valid_signals);
  m->dict->set_str(intern("default_int_handler"), default_int_handler());
  m->dict->set_str(intern("SIG_DFL"), make_int(0));
  m->dict->set_str(intern("SIG_IGN"), make_int(1));
  m->dict->set_str(intern("NSIG"), make_int(NSIG));
  for (const Constant& c : kSignals) m->dict->set_str(intern(c.name), make_int(c.value));
  return m;
}

}  // namespace coil::rt
