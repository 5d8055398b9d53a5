#include "runtime/signals.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace coil::rt {

std::atomic<bool> g_signal_pending{false};

namespace {

volatile sig_atomic_t g_pending[NSIG];
// The Python-level handlers, indexed by signal number (Undef: never set).
Value g_handlers[NSIG];
Object* g_default_int_handler = nullptr;
bool g_exit_by_sigint = false;

void trace_handlers(Tracer& t) {
  for (Value& v : g_handlers) t.mark(v);
}

void c_handler(int signum) {
  int saved = errno;
  note_signal(signum);
  errno = saved;
}

Value b_default_int_handler(Args&) { raise_keyboard_interrupt(); }

bool is_handler_constant(Value v, int which) { return v.is_int() && v.i == which; }

// Installs the OS disposition for a Python-level handler.
void install(int signum, Value handler) {
  struct sigaction sa {};
  sigemptyset(&sa.sa_mask);
  // No SA_RESTART: a blocking call returns EINTR, so the handler runs soon
  // (PEP 475: the call is then resumed unless the handler raised).
  sa.sa_flags = 0;
  if (is_handler_constant(handler, 0)) sa.sa_handler = SIG_DFL;
  else if (is_handler_constant(handler, 1)) sa.sa_handler = SIG_IGN;
  else sa.sa_handler = c_handler;
  if (sigaction(signum, &sa, nullptr) != 0) raise_os_error(errno);
}

}  // namespace

void init_signals() {
  vm().root_hooks.push_back(trace_handlers);
  g_default_int_handler = new_native("default_int_handler", b_default_int_handler);
  heap().permanent_objects.push_back(&g_default_int_handler);
  // What CPython's getsignal() reports for a signal it did not install:
  // SIG_DFL or SIG_IGN as inherited, None for a foreign handler.
  for (int s = 1; s < NSIG; ++s) {
    struct sigaction old {};
    if (sigaction(s, nullptr, &old) != 0) continue;
    if (old.sa_handler == SIG_DFL) g_handlers[s] = make_int(0);
    else if (old.sa_handler == SIG_IGN) g_handlers[s] = make_int(1);
    else g_handlers[s] = make_none();
  }
  signal(SIGPIPE, SIG_IGN);
  signal(SIGXFSZ, SIG_IGN);
  g_handlers[SIGPIPE] = g_handlers[SIGXFSZ] = make_int(1);
  if (is_handler_constant(g_handlers[SIGINT], 0)) {
    g_handlers[SIGINT] = make_obj(g_default_int_handler);
    install(SIGINT, g_handlers[SIGINT]);
  }
}

void note_signal(int signum) {
  if (signum <= 0 || signum >= NSIG) return;
  g_pending[signum] = 1;
  g_signal_pending.store(true, std::memory_order_relaxed);
}

bool take_signal(int signum) {
  bool was = g_pending[signum];
  g_pending[signum] = 0;
  return was;
}

void run_pending_signals() {
  if (!g_signal_pending.exchange(false, std::memory_order_acquire)) return;
  for (int s = 1; s < NSIG; ++s) {
    if (!g_pending[s]) continue;
    g_pending[s] = 0;
    Value h = g_handlers[s];
    if (!h.is_obj() || !is_callable(h)) continue;
    try {
      Value args[2] = {make_int(s), make_none()};  // no frame objects yet: None
      call(h, args, 2);
    } catch (...) {
      for (int r = s + 1; r < NSIG; ++r)
        if (g_pending[r]) g_signal_pending.store(true, std::memory_order_relaxed);
      throw;
    }
  }
}

Value signal_handler(int signum) {
  if (signum < 1 || signum >= NSIG) raise(exc_types().ValueError, "signal number out of range");
  return g_handlers[signum].is_undef() ? make_none() : g_handlers[signum];
}

void set_signal_handler(int signum, Value handler) {
  if (signum < 1 || signum >= NSIG) raise(exc_types().ValueError, "signal number out of range");
  bool constant = is_handler_constant(handler, 0) || is_handler_constant(handler, 1);
  if (!constant && !is_callable(handler))
    raise(exc_types().TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  if (signum == SIGKILL || signum == SIGSTOP) raise_os_error(EINVAL);
  install(signum, handler);
  g_handlers[signum] = handler;
}

Value default_int_handler() { return make_obj(g_default_int_handler); }

void raise_keyboard_interrupt() {
  throw PyError{make_obj(new_exception_args(exc_types().KeyboardInterrupt, {}))};
}

void note_exit_by_keyboard_interrupt() { g_exit_by_sigint = true; }
bool exit_by_keyboard_interrupt() { return g_exit_by_sigint; }

void exit_by_sigint() {
  // CPython's exit_sigint(): the parent shell sees death by SIGINT.
  signal(SIGINT, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  kill(getpid(), SIGINT);
  _exit(130);  // if the signal did not end the process
}

}  // namespace coil::rt
