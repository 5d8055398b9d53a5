// coil's entry point: argument parsing, then the front end on a thread with
// a large stack (natives that call back into script code nest the dispatch
// loop, and deep recursion must end in RecursionError, not a crash).
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <vector>

#include "runtime/clock.h"
#include "runtime/frontend.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/output.h"
#include "runtime/repl.h"
#include "runtime/signals.h"
#include "runtime/stack_guard.h"
#include "runtime/vm.h"

namespace {

struct Options {
  std::vector<std::string> args;
  int status = 0;
};

const char* kUsage =
    "usage: coil [--virtual-time] [--gc-stress] [-c CODE | FILE | -] [ARGS...]\n"
    "       coil test [--jobs N] [--real-time] [--against PYTHON] [PATHS...]\n"
    "       coil --dis FILE\n";

int real_main(std::vector<std::string> args) {
  using namespace coil::rt;
  std::string self = "/proc/self/exe";
  size_t i = 0;
  bool virtual_time = false;
  while (i < args.size()) {
    const std::string& a = args[i];
    if (a == "--virtual-time") { virtual_time = true; ++i; continue; }
    if (a == "--real-time") { virtual_time = false; ++i; continue; }
    if (a == "--gc-stress") { heap().set_stress(true); ++i; continue; }
    if (a == "--version" || a == "-V") {
      std::printf("coil 0.1.0 (Python 3.11 subset)\n");
      return 0;
    }
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    break;
  }
  if (i < args.size() && args[i] == "test") {
    std::vector<std::string> rest(args.begin() + static_cast<long>(i) + 1, args.end());
    return run_tests(rest, self);
  }
  clock_set_virtual(virtual_time);
  vm().virtual_time = virtual_time;
  init_runtime();
  init_output();
  if (i < args.size() && args[i] == "--dis") {
    if (i + 1 >= args.size()) {
      std::fputs(kUsage, stderr);
      return 2;
    }
    return disassemble_file(args[i + 1]);
  }
  if (i < args.size() && args[i] == "-c") {
    if (i + 1 >= args.size()) {
      std::fputs("Argument expected for the -c option\n", stderr);
      std::fputs(kUsage, stderr);
      return 2;
    }
    std::vector<std::string> argv{"-c"};
    for (size_t k = i + 2; k < args.size(); ++k) argv.push_back(args[k]);
    return run_source(args[i + 1], "<string>", argv);
  }
  if (i < args.size() && args[i] != "-") {
    if (!args[i].empty() && args[i][0] == '-') {
      std::fprintf(stderr, "unknown option %s\n%s", args[i].c_str(), kUsage);
      return 2;
    }
    std::vector<std::string> argv(args.begin() + static_cast<long>(i), args.end());
    return run_file(args[i], argv);
  }
  // `coil` on a terminal: the interactive session.
  if (i >= args.size() && isatty(STDIN_FILENO)) return run_repl({""});
  // `coil -` or no file: read the program from stdin.
  std::vector<std::string> argv{i < args.size() ? "-" : ""};
  for (size_t k = i + 1; k < args.size(); ++k) argv.push_back(args[k]);
  return run_stdin(argv);
}

// The interpreter thread. Every script-level error is a Python exception by
// the time it gets here; anything else is a bug in coil, reported as one
// (never an abort).
int interpreter_main(void* p) {
  auto* o = static_cast<Options*>(p);
  try {
    return real_main(o->args);
  } catch (const std::bad_alloc&) {
    std::fflush(stdout);
    std::fputs("coil: out of memory\n", stderr);
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "coil: internal error: %s\n", e.what());
  } catch (...) {
    std::fflush(stdout);
    std::fputs("coil: internal error: unknown exception\n", stderr);
  }
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int k = 1; k < argc; ++k) o.args.emplace_back(argv[k]);
  // Natives that call back into script code nest the dispatch loop: they
  // run on a large, lazily committed stack (runtime/stack_guard.h).
  o.status = coil::rt::run_with_large_stack(interpreter_main, &o);
  o.status = coil::rt::stdout_finish(o.status);
  std::fflush(stderr);
  if (coil::rt::exit_by_keyboard_interrupt()) coil::rt::exit_by_sigint();
  _exit(o.status);
}
