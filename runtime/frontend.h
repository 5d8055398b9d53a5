// The command-line front end: running scripts, -c, stdin, the golden test
// runner and the disassembler.
#pragma once
#include <string>
#include <vector>

#include "runtime/value.h"

namespace coil::rt {

struct Module;

// Runs a script file as __main__; returns the process exit status.
int run_file(const std::string& path, const std::vector<std::string>& argv);
// Runs the program read from stdin as __main__ ("<stdin>").
int run_stdin(const std::vector<std::string>& argv);
// Runs source text as __main__ with the given pseudo-filename.
int run_source(const std::string& source, const std::string& filename, const std::vector<std::string>& argv);
// Prints an exception that ended the program (or a REPL statement) and returns
// the exit status it asks for: SystemExit's code, else 1.
int report_uncaught(Value exc);
// Makes the __main__ module (kept alive for the whole run).
Module* make_main_module(const std::string& filename);
// `coil test [options] PATHS`: the golden-output runner.
int run_tests(const std::vector<std::string>& args, const std::string& self_exe);
// `coil --dis FILE`.
int disassemble_file(const std::string& path);

}  // namespace coil::rt
