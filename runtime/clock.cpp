#include "runtime/clock.h"

#include "runtime/signals.h"

#include <time.h>

#include <cerrno>

namespace coil::rt {

namespace {
bool g_virtual = false;
double g_virtual_offset = 0;  // seconds added by virtual waits

double read(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
}  // namespace

void clock_set_virtual(bool on) { g_virtual = on; }
bool clock_is_virtual() { return g_virtual; }

double clock_monotonic() {
  if (g_virtual) return 1000.0 + g_virtual_offset;
  return read(CLOCK_MONOTONIC);
}

double clock_wall() { return read(CLOCK_REALTIME) + g_virtual_offset; }

namespace {

// Waits `seconds` (real) or moves the virtual clock. A signal interrupts the
// wait and its Python-level handler runs (it may raise); then, if `resume`,
// the wait goes on for the time that is left (PEP 475).
void wait(double seconds, bool resume) {
  if (!(seconds > 0)) return;
  if (g_virtual) {
    g_virtual_offset += seconds;
    return;
  }
  timespec ts;
  ts.tv_sec = static_cast<time_t>(seconds);
  ts.tv_nsec = static_cast<long>((seconds - static_cast<double>(ts.tv_sec)) * 1e9);
  while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {
    run_pending_signals();
    if (!resume) return;
  }
}

}  // namespace

void clock_sleep(double seconds) { wait(seconds, true); }
void clock_wait(double seconds) { wait(seconds, false); }

}  // namespace coil::rt
