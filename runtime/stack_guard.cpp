#include "runtime/stack_guard.h"

#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdint>

#include "runtime/exception.h"

namespace coil::rt {

thread_local const char* g_stack_limit = nullptr;

namespace {

// Bytes kept free below the guard: enough for the deepest native work that
// runs without checking (a GMP call, printing a traceback, an error path).
// The sanitizers' frames are several times larger.
#if COIL_SANITIZE
constexpr size_t kStackReserve = size_t(4) << 20;
#else
constexpr size_t kStackReserve = size_t(1) << 20;
#endif

constexpr size_t kMaxStack = size_t(1) << 30;
constexpr size_t kMinStack = size_t(16) << 20;

// A quarter of the address-space limit, if there is one: the rest is for the
// heap (and the frame stack, which takes another quarter at most).
size_t stack_size() {
  rlimit rl;
  if (getrlimit(RLIMIT_AS, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY) return kMaxStack;
  return std::clamp(static_cast<size_t>(rl.rlim_cur / 4), kMinStack, kMaxStack);
}

struct ThreadStart {
  int (*fn)(void*);
  void* arg;
  int result;
};

void* thread_main(void* p) {
  auto* s = static_cast<ThreadStart*>(p);
  stack_guard_init();
  s->result = s->fn(s->arg);
  return nullptr;
}

}  // namespace

void stack_guard_init() {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_attr_getstack(&attr, &addr, &size) == 0 && size > 2 * kStackReserve)
    g_stack_limit = static_cast<const char*>(addr) + kStackReserve;
  pthread_attr_destroy(&attr);
}

int run_with_large_stack(int (*fn)(void*), void* arg) {
  ThreadStart s{fn, arg, 1};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_t t;
  bool started = false;
  for (size_t size = stack_size(); !started && size >= kMinStack; size /= 2) {
    pthread_attr_setstacksize(&attr, size);
    started = pthread_create(&t, &attr, thread_main, &s) == 0;
  }
  pthread_attr_destroy(&attr);
  if (!started) {
    stack_guard_init();
    return fn(arg);
  }
  // This thread only waits: asynchronous signals (Ctrl-C, an alarm) go to
  // the new one, whose blocking calls they interrupt and whose safe points
  // run the handlers. (Faults are delivered to the faulting thread anyway.)
  sigset_t block;
  sigfillset(&block);
  pthread_sigmask(SIG_BLOCK, &block, nullptr);
  pthread_join(t, nullptr);
  return s.result;
}

void raise_c_stack_exhausted() {
  raise(exc_types().RecursionError, "maximum recursion depth exceeded");
}

}  // namespace coil::rt
