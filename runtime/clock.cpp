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

// Sleeps up to `seconds`; true if a signal cut the sleep short.
bool nap(timespec* ts) { return nanosleep(ts, ts) == -1 && errno == EINTR; }

timespec to_timespec(double seconds) {
  timespec ts;
  ts.tv_sec = static_cast<time_t>(seconds);
  ts.tv_nsec = static_cast<long>((seconds - static_cast<double>(ts.tv_sec)) * 1e9);
  return ts;
}

}  // namespace

void clock_sleep(double seconds) {
  if (!(seconds > 0)) return;
  if (g_virtual) {
    g_virtual_offset += seconds;
    return;
  }
  // PEP 475: a signal's handler runs, and unless it raised, the sleep goes
  // on for the time that is left.
  timespec ts = to_timespec(seconds);
  while (nap(&ts)) run_pending_signals();
}

void clock_wait(double seconds) {
  if (!(seconds > 0)) return;
  if (g_virtual) {
    g_virtual_offset += seconds;
    return;
  }
  timespec ts = to_timespec(seconds);
  if (nap(&ts)) run_pending_signals();
}

}  // namespace coil::rt
