// Native recursion through nested containers (repr of [[[...]]], == of two
// deep lists) counts against the recursion limit like a call, as CPython's
// Py_EnterRecursiveCall does: a clean RecursionError rather than a C stack
// overflow, at about the depth where CPython stops.
#pragma once
#include <string>

#include "runtime/exception.h"
#include "runtime/stack_guard.h"
#include "runtime/vm.h"

namespace coil::rt {

struct ContainerNesting {
  explicit ContainerNesting(const char* where) {
    check_c_stack();
    VM& m = vm();
    if (m.depth >= m.recursion_limit)
      raise(exc_types().RecursionError, std::string("maximum recursion depth exceeded") + where);
    ++m.depth;
  }
  ~ContainerNesting() { --vm().depth; }
  ContainerNesting(const ContainerNesting&) = delete;
  ContainerNesting& operator=(const ContainerNesting&) = delete;
};
constexpr const char* kInComparison = " in comparison";
constexpr const char* kInRepr = " while getting the repr of an object";

}  // namespace coil::rt
