// libFuzzer target: whole programs, compiled and run as __main__ on the
// virtual clock, with an instruction budget and a memory budget.
//
// The budget: VM::fuzz_budget safe points and native iteration steps per
// input (then every safe point raises KeyboardInterrupt, see runtime/vm.h),
// so `while True: pass` ends instead of timing out. The memory budget: an
// allocation whose size the script chose (a repeat, a padding, a big int)
// over 256 MiB raises MemoryError (max_allocation() in runtime/checked.h),
// and libFuzzer's -rss_limit_mb bounds the total. Modules that
// could end the fuzzer itself (signal) are hidden. An uncaught Python
// exception is an answer (its traceback is formatted, not printed); a crash,
// an abort or undefined behaviour is a finding.
#include <cstddef>
#include <cstdint>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frontend.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/str.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"
#include "runtime/warnings.h"
#include "tests/fuzz/harness.h"

namespace {

constexpr int64_t kBudget = 200000;

void hide_dangerous_modules() {
  using namespace coil::rt;
  for (const char* name : {"signal", "_signal"}) vm().modules->set_str(intern(name), make_obj(new_module("blocked")));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace coil;
  fuzz::init_runtime_once();
  rt::VM& m = rt::vm();
  static bool once = (hide_dangerous_modules(), true);
  (void)once;
  std::string source = fuzz::as_source(data, size);
  m.fuzz_budget = kBudget;
  m.recursion_limit = 1000;
  try {
    rt::Module* main = rt::make_main_module("<fuzz>");
    vm::Code* code = rt::compile_source(source, "<fuzz>");
    rt::run_code(code, main->dict);
  } catch (...) {
    rt::Value exc = rt::exception_from_cpp();
    rt::Rooted keep(exc);
    m.fuzz_budget = kBudget;  // formatting may call __repr__ and __str__
    try {
      rt::format_exception(exc);
    } catch (...) {
      rt::exception_from_cpp();
    }
  }
  m.fuzz_budget = INT64_MAX;
  fuzz::collect_between_inputs(16);
  return 0;
}
