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

// Runs the interactive session until exit()/quit()/Ctrl-D; returns the exit
// status. The runtime must be initialised.
int run_repl(const std::vector<std::string>& argv);

}  // namespace coil::rt
