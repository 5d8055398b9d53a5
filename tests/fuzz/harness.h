// What the libFuzzer targets share: the runtime, set up once per process,
// and an input turned into source text.
//
// Each target is one file (fuzz_parse.cpp, fuzz_compile.cpp, fuzz_run.cpp)
// with LLVMFuzzerTestOneInput; tests/fuzz/README.md says how to build and run
// them. They run under ASan+UBSan (the COIL_FUZZ build), so a crash, an
// abort, a leak of a C++ exception or undefined behaviour is a finding; a
// Python exception (SyntaxError, MemoryError, RecursionError...) is not.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace coil::fuzz {

// Initialises the runtime on the first call (virtual clock, stdout and stdin
// on /dev/null, the C-stack guard on this thread).
void init_runtime_once();

// The input as source text (any bytes: the lexer must cope with all of them).
inline std::string as_source(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Runs a full collection when nothing is running (between inputs), every
// `every` calls, so that garbage from earlier inputs does not pile up.
void collect_between_inputs(int every);

}  // namespace coil::fuzz
