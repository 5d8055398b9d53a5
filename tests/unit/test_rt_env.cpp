// The main of test_runtime.
//
// The runtime is process-wide state: init_runtime() runs exactly once, in a
// global environment, before any test that touches values (also under any
// --gtest_filter subset).
//
// The tests run on a thread with a large stack, like the interpreter itself
// (runtime/stack_guard.h): natives that call back into script code nest the
// dispatch loop on the C stack, and the compiler recurses over the AST, so
// the recursion-limit and nesting tests need the same stack coil gives them
// (an 8 MiB main thread is not enough under AddressSanitizer).
#include <gtest/gtest.h>

#include "runtime/init.h"
#include "runtime/stack_guard.h"

namespace {

class RuntimeEnvironment : public ::testing::Environment {
 public:
  void SetUp() override { coil::rt::init_runtime(); }
};

int run_tests(void*) { return RUN_ALL_TESTS(); }

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new RuntimeEnvironment);
  return coil::rt::run_with_large_stack(run_tests, nullptr);
}
