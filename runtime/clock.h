// The clock behind time.monotonic(), time.sleep() and the event loop.
//
// In virtual mode (coil --virtual-time, and `coil test` by default) time only
// moves when something waits: time.sleep(d) and an idle event loop advance
// it instantly by the wait, so scripts that sleep for seconds run in
// microseconds with the same output. Real mode reads the OS clocks.
#pragma once

namespace coil::rt {

void clock_set_virtual(bool on);
bool clock_is_virtual();
// Seconds on a monotonic clock (arbitrary origin).
double clock_monotonic();
// Seconds since the Unix epoch (wall clock, shifted by virtual waits).
double clock_wall();
// Blocks (real) or advances (virtual) for `seconds` (time.sleep). A signal
// runs its Python-level handler, which may raise; then the sleep resumes.
void clock_sleep(double seconds);
// The event loop's idle wait: like clock_sleep, but it returns once a signal
// has been handled, so that the loop runs what the handler scheduled.
void clock_wait(double seconds);

}  // namespace coil::rt
