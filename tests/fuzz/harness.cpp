#include "tests/fuzz/harness.h"

#include <cstdio>

#include "runtime/clock.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/output.h"
#include "runtime/stack_guard.h"
#include "runtime/vm.h"

// The runtime keeps objects from one input to the next on purpose, so leak
// checks only slow the fuzzers down; a refused malloc (GMP's) must return
// null for coil to raise MemoryError.
extern "C" const char* __asan_default_options() { return "detect_leaks=0:allocator_may_return_null=1"; }

namespace coil::fuzz {

void init_runtime_once() {
  static bool done = false;
  if (done) return;
  done = true;
  // Scripts print a lot and may read stdin: neither may reach the terminal
  // libFuzzer reports on.
  if (!std::freopen("/dev/null", "w", stdout)) std::perror("stdout");
  if (!std::freopen("/dev/null", "r", stdin)) std::perror("stdin");
  rt::clock_set_virtual(true);
  rt::vm().virtual_time = true;
  rt::stack_guard_init();
  rt::init_runtime();
  rt::init_output();
}

void collect_between_inputs(int every) {
  static int calls = 0;
  if (++calls % every != 0 || rt::vm().frame) return;
  rt::heap().collect();
}

}  // namespace coil::fuzz
