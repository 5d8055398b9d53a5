// The C++ stack of the interpreter thread, and the guard that keeps native
// recursion on it from overflowing.
//
// Script calls never recurse in C++ (decision 1), but natives that call back
// into script code (a key= function, __repr__, __eq__ of nested containers)
// nest the dispatch loop, and the compiler recurses over the AST. The
// recursion limit bounds those as CPython's does, yet a script may raise the
// limit as far as it likes (sys.setrecursionlimit(10**6)); what actually
// bounds the C++ recursion is this guard: when less than kStackReserve bytes
// of the thread's stack are left, the next nested call raises RecursionError
// instead of crashing.
#pragma once
#include <cstddef>

namespace coil::rt {

// Records the bounds of the calling thread's stack for check_c_stack. Until
// a thread calls it, the check does nothing on that thread.
void stack_guard_init();

// Runs fn(arg) on a new thread whose stack is as large as the address-space
// limit (RLIMIT_AS) allows, up to 1 GiB, reserved lazily, with the guard
// initialised; returns fn's result. If no thread can be made, fn runs on the
// calling thread.
int run_with_large_stack(int (*fn)(void*), void* arg);

[[noreturn]] void raise_c_stack_exhausted();

extern thread_local const char* g_stack_limit;

// Raises RecursionError if the C++ stack is nearly used up.
inline void check_c_stack() {
  char probe;
  if (&probe < g_stack_limit) raise_c_stack_exhausted();
}

}  // namespace coil::rt
