// The main of test_runtime.
//
// The runtime is process-wide state: init_runtime() runs exactly once, in a
// global environment, before any test that touches values (also under any
// --gtest_filter subset).
//
// The tests run on a thread with a 1 GiB stack, like the interpreter itself
// (runtime/main.cpp): natives that call back into script code nest the
// dispatch loop on the C stack, and the compiler recurses over the AST, so
// the recursion-limit and nesting tests need the same stack coil gives them
// (an 8 MiB main thread is not enough under AddressSanitizer).
#include <gtest/gtest.h>
#include <pthread.h>

#include <cstdio>

#include "runtime/init.h"

namespace {

class RuntimeEnvironment : public ::testing::Environment {
 public:
  void SetUp() override { coil::rt::init_runtime(); }
};

struct Run {
  int status = 1;
};

void* run_tests(void* p) {
  static_cast<Run*>(p)->status = RUN_ALL_TESTS();
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new RuntimeEnvironment);
  Run run;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t(1) << 30);  // reserved lazily
  pthread_t t;
  if (pthread_create(&t, &attr, run_tests, &run) != 0) {
    std::fprintf(stderr, "test_runtime: cannot start the test thread\n");
    return 1;
  }
  pthread_join(t, nullptr);
  return run.status;
}
