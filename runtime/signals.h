// Signals as CPython handles them (Modules/signalmodule.c): the C handler
// only records that signal N arrived; the Python-level handler runs later,
// on the interpreter thread, at the next safe point of the dispatch loop or
// when a blocking wait (time.sleep, the event loop's idle wait) is
// interrupted. At start-up SIGINT gets default_int_handler (which raises
// KeyboardInterrupt) unless it was ignored, and SIGPIPE is ignored, so that
// a write to a closed pipe raises BrokenPipeError instead of killing coil.
#pragma once
#include <atomic>

#include "runtime/value.h"

namespace coil::rt {

// Set when some signal awaits its Python-level handler. The dispatch loop
// tests it at every safe point.
extern std::atomic<bool> g_signal_pending;

// Installs the start-up dispositions described above and registers the
// handler table as a GC root. Called once by init_runtime.
void init_signals();

// Async-signal-safe: records that `signum` arrived.
void note_signal(int signum);
// Clears signum's pending mark; returns whether it was set.
bool take_signal(int signum);
// Runs the Python-level handlers of the signals that arrived, in signal
// number order. A handler's exception propagates (the signals not yet
// handled stay pending).
void run_pending_signals();

// The Python-level handler of a signal: SIG_DFL (0), SIG_IGN (1), a callable,
// or None when it was installed outside Python. set_signal_handler installs
// the matching OS disposition; it raises ValueError/OSError as
// signal.signal() does.
Value signal_handler(int signum);
void set_signal_handler(int signum, Value handler);
// The builtin signal.default_int_handler.
Value default_int_handler();
[[noreturn]] void raise_keyboard_interrupt();

// An uncaught KeyboardInterrupt ended the program: as CPython, coil then
// dies by SIGINT after flushing its output (exit_by_sigint).
void note_exit_by_keyboard_interrupt();
bool exit_by_keyboard_interrupt();
[[noreturn]] void exit_by_sigint();

}  // namespace coil::rt
