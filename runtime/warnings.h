// RuntimeWarning "coroutine 'f' was never awaited", as CPython prints it.
//
// CPython warns when a never-started coroutine is freed, which with
// reference counting is the instant the last reference goes. coil's tracing
// collector finds dead coroutines later, so the interpreter runs a
// collection at the places where CPython would typically drop one (a
// discarded expression value, the end of an except block) and reports the
// coroutines found dead with the location being executed, as CPython does.
// Coroutines still alive at exit are reported the way CPython reports
// objects freed during shutdown ("sys:1: RuntimeWarning: ...").
#pragma once

namespace coil::rt {

struct Generator;

void coroutine_created(Generator* g);
void coroutine_started(Generator* g);
// Called by the collector while sweeping (must not run script code).
void coroutine_freed_unstarted(Generator* g);
// True while some coroutine was created and never started.
bool have_unstarted_coroutines();
// Collects now and prints warnings for coroutines found dead.
void check_unawaited_coroutines();
// Prints warnings recorded by the last collection at the current location.
void flush_coroutine_warnings();
// Everything due after a collection: coroutine warnings, task reports.
void after_collection();
// At exit: warnings for the never-started coroutines still alive.
void report_unawaited_at_exit();

}  // namespace coil::rt
