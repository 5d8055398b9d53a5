// The interactive session (`coil` with no arguments on a terminal): prompts,
// line editing and history through libedit, top-level `await`, and one
// event loop for the whole session that keeps running background tasks while
// the prompt waits (stdin is read from the loop's idle wait, not by a
// blocking read).
#pragma once
#include <atomic>
#include <string>
#include <vector>

namespace coil::rt {

// Set by the REPL's SIGINT handler when running code should stop. The
// dispatch loop checks it at every safe point (one relaxed load) and calls
// raise_keyboard_interrupt(). Never set outside an interactive session.
extern std::atomic<bool> g_sigint;
// Clears g_sigint and raises KeyboardInterrupt (a PyError).
[[noreturn]] void raise_keyboard_interrupt();

// Runs the interactive session until exit()/quit()/Ctrl-D; returns the exit
// status. The runtime must be initialised.
int run_repl(const std::vector<std::string>& argv);

}  // namespace coil::rt
