// The time module: clocks and sleep, on top of runtime/clock.h (so that the
// virtual clock covers them too).
#include <cmath>
#include <ctime>

#include "runtime/clock.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/misc.h"
#include "runtime/numbers.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

Value t_time(Args&) { return make_float(clock_wall()); }
Value t_monotonic(Args&) { return make_float(clock_monotonic()); }
Value t_time_ns(Args&) { return make_int(static_cast<int64_t>(clock_wall() * 1e9)); }
Value t_monotonic_ns(Args&) { return make_int(static_cast<int64_t>(clock_monotonic() * 1e9)); }
Value t_process_time(Args&) { return make_float(static_cast<double>(std::clock()) / CLOCKS_PER_SEC); }

Value t_sleep(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "time.sleep() takes no keyword arguments");
  if (a.n != 1) raisef(exc_types().TypeError, "time.sleep() takes exactly one argument (%d given)", a.n);
  if (!is_number(a.v[0]))
    raise(exc_types().TypeError, "'" + type_name(a.v[0]) + "' object cannot be interpreted as an integer");
  double d = to_double(a.v[0]);
  if (std::isnan(d)) raise(exc_types().ValueError, "Invalid value NaN (not a number)");
  if (d < 0) raise(exc_types().ValueError, "sleep length must be non-negative");
  // CPython keeps times as int64 nanoseconds (_PyTime_t).
  if (d >= 9223372036.854775807) raise(exc_types().OverflowError, "timestamp too large to convert to C _PyTime_t");
  clock_sleep(d);
  return make_none();
}

void fn(Module* m, const char* name, NativeFn f) { m->dict->set_str(intern(name), make_obj(new_native(name, f))); }

}  // namespace

Module* init_time_module() {
  Module* m = new_module("time");
  fn(m, "time", t_time);
  fn(m, "monotonic", t_monotonic);
  fn(m, "perf_counter", t_monotonic);
  fn(m, "time_ns", t_time_ns);
  fn(m, "monotonic_ns", t_monotonic_ns);
  fn(m, "perf_counter_ns", t_monotonic_ns);
  fn(m, "process_time", t_process_time);
  fn(m, "sleep", t_sleep);
  return m;
}

}  // namespace coil::rt
