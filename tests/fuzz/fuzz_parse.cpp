// libFuzzer target: the re2c lexer and the Bison parser on arbitrary bytes.
// A SyntaxError is an answer; anything else (a crash, an uncaught C++
// exception, undefined behaviour, a hang) is a finding.
#include <cstddef>
#include <cstdint>

#include "parser/ast.h"
#include "parser/parse.h"
#include "tests/fuzz/harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string source = coil::fuzz::as_source(data, size);
  coil::ast::Arena arena;
  coil::parse::SyntaxError err;
  coil::parse::parse_module(source, "<fuzz>", arena, &err);
  return 0;
}
