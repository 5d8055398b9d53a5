// The command-line front end: running scripts, -c, stdin, the golden test
// runner and the disassembler.
#pragma once
#include <string>
#include <vector>

namespace coil::rt {

// Runs a script file as __main__; returns the process exit status.
int run_file(const std::string& path, const std::vector<std::string>& argv);
// Runs source text as __main__ with the given pseudo-filename.
int run_source(const std::string& source, const std::string& filename, const std::vector<std::string>& argv);
// `coil test [options] PATHS`: the golden-output runner.
int run_tests(const std::vector<std::string>& args, const std::string& self_exe);
// `coil --dis FILE`.
int disassemble_file(const std::string& path);

}  // namespace coil::rt
