// libFuzzer target: lexer, parser, scope analysis, compiler and the
// disassembler. A SyntaxError (or the RecursionError of too deep nesting)
// is an answer; a crash or an escaping C++ exception is a finding.
#include <cstddef>
#include <cstdint>

#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/vm.h"
#include "tests/fuzz/harness.h"
#include "vm/disasm.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace coil;
  fuzz::init_runtime_once();
  std::string source = fuzz::as_source(data, size);
  try {
    vm::Code* code = rt::compile_source(source, "<fuzz>");
    rt::Rooted keep(rt::make_obj(code));
    vm::disassemble(code, true);
  } catch (rt::PyError&) {
  }
  fuzz::collect_between_inputs(64);
  return 0;
}
