// The runtime is process-wide state: init_runtime() must run exactly once per
// test binary, before any test that touches values. A global environment does
// it, so every suite in test_runtime (and any --gtest_filter subset) sees an
// initialised runtime.
#include <gtest/gtest.h>

#include "runtime/init.h"

namespace {

class RuntimeEnvironment : public ::testing::Environment {
 public:
  void SetUp() override { coil::rt::init_runtime(); }
};

// Registered during static initialisation; gtest_main runs it before the tests.
[[maybe_unused]] ::testing::Environment* const kRuntimeEnv =
    ::testing::AddGlobalTestEnvironment(new RuntimeEnvironment);

}  // namespace
