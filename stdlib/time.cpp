// The time module: clocks and sleep, on top of runtime/clock.h (so that the
// virtual clock covers them too).
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "runtime/clock.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/list.h"
#include "runtime/native.h"
#include "runtime/numbers.h"
#include "runtime/objects/structseq.h"
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

// ---------------------------------------------------- calendar time (libc)

TypeObject* g_struct_time = nullptr;

Value struct_time_of(const std::tm& t, bool utc) {
  Rooted zone(str_value(t.tm_zone ? t.tm_zone : (utc ? "UTC" : "")));
  return new_structseq(g_struct_time,
                       {make_int(t.tm_year + 1900), make_int(t.tm_mon + 1), make_int(t.tm_mday), make_int(t.tm_hour),
                        make_int(t.tm_min), make_int(t.tm_sec), make_int((t.tm_wday + 6) % 7), make_int(t.tm_yday + 1),
                        make_int(t.tm_isdst), zone.get(), make_int(utc ? 0 : t.tm_gmtoff)});
}

// The seconds argument of gmtime/localtime/ctime: now when absent or None.
std::time_t seconds_arg(Args& a, const char* name) {
  check_no_keywords(a, name);
  check_arg_count(name, a.n, 0, 1);
  if (a.n == 0 || a.v[0].is_none()) return static_cast<std::time_t>(std::floor(clock_wall()));
  if (!is_number(a.v[0]))
    raise(exc_types().TypeError, "'" + type_name(a.v[0]) + "' object cannot be interpreted as an integer");
  double d = to_double(a.v[0]);
  if (std::isnan(d)) raise(exc_types().ValueError, "Invalid value NaN (not a number)");
  if (d >= 9.2e18 || d <= -9.2e18) raise(exc_types().OverflowError, "timestamp out of range for platform time_t");
  return static_cast<std::time_t>(std::floor(d));
}

Value t_gmtime(Args& a) {
  std::time_t s = seconds_arg(a, "gmtime");
  std::tm t{};
  if (!gmtime_r(&s, &t)) raise(exc_types().OverflowError, "timestamp out of range for platform time_t");
  return struct_time_of(t, true);
}

Value t_localtime(Args& a) {
  std::time_t s = seconds_arg(a, "localtime");
  std::tm t{};
  if (!localtime_r(&s, &t)) raise(exc_types().OverflowError, "timestamp out of range for platform time_t");
  return struct_time_of(t, false);
}

// A struct_time or 9-tuple as a struct tm (CPython's gettmarg).
std::tm tm_arg(Value v, const char* name) {
  std::vector<Value> items;
  if (!kind_is(v, Kind::Tuple)) raisef(exc_types().TypeError, "Tuple or struct_time argument required");
  collect_values(v, items);
  if (items.size() < 9)
    raisef(exc_types().TypeError, "%s(): illegal time tuple argument", name);
  auto field = [&](size_t i) { return static_cast<int>(index_value(items[i])); };
  std::tm t{};
  t.tm_year = field(0) - 1900;
  t.tm_mon = field(1) - 1;
  t.tm_mday = field(2);
  t.tm_hour = field(3);
  t.tm_min = field(4);
  t.tm_sec = field(5);
  t.tm_wday = (field(6) + 1) % 7;
  t.tm_yday = field(7) - 1;
  t.tm_isdst = field(8);
  return t;
}

std::tm now_or_tuple(Args& a, int index, const char* name) {
  if (a.n > index) return tm_arg(a.v[index], name);
  std::time_t s = static_cast<std::time_t>(std::floor(clock_wall()));
  std::tm t{};
  localtime_r(&s, &t);
  return t;
}

Value t_mktime(Args& a) {
  check_no_keywords(a, "mktime");
  if (a.n != 1) raisef(exc_types().TypeError, "time.mktime() takes exactly one argument (%d given)", a.n);
  std::tm t = tm_arg(a.v[0], "mktime");
  t.tm_wday = -1;
  std::time_t r = std::mktime(&t);
  if (r == static_cast<std::time_t>(-1) && t.tm_wday == -1) raise(exc_types().OverflowError, "mktime argument out of range");
  return make_float(static_cast<double>(r));
}

Value t_strftime(Args& a) {
  check_no_keywords(a, "strftime");
  check_arg_count("strftime", a.n, 1, 2);
  if (!is_str(a.v[0])) raise(exc_types().TypeError, "strftime() argument 1 must be str, not " + type_name(a.v[0]));
  std::tm t = now_or_tuple(a, 1, "strftime");
  const std::string& fmt = as_str(a.v[0])->s;
  if (fmt.empty()) return str_value("");
  for (size_t size = 256; size <= 65536 * 16; size *= 4) {
    std::string buf(size, '\0');
    size_t n = std::strftime(buf.data(), size, fmt.c_str(), &t);
    if (n > 0 || size > fmt.size() * 64) {
      buf.resize(n);
      return str_value(buf);
    }
  }
  return str_value("");
}

std::string asctime_of(const std::tm& t) {
  static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", days[((t.tm_wday % 7) + 7) % 7],
                months[((t.tm_mon % 12) + 12) % 12], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_year + 1900);
  return buf;
}

Value t_asctime(Args& a) {
  check_no_keywords(a, "asctime");
  check_arg_count("asctime", a.n, 0, 1);
  return str_value(asctime_of(now_or_tuple(a, 0, "asctime")));
}

Value t_ctime(Args& a) {
  std::time_t s = seconds_arg(a, "ctime");
  std::tm t{};
  localtime_r(&s, &t);
  return str_value(asctime_of(t));
}

Value t_struct_time_new(Args& a) { return structseq_construct(g_struct_time, a); }


}  // namespace

Module* init_time_module() {
  Module* m = new_module("time");
  add_function(m, "time", t_time);
  add_function(m, "monotonic", t_monotonic);
  add_function(m, "perf_counter", t_monotonic);
  add_function(m, "time_ns", t_time_ns);
  add_function(m, "monotonic_ns", t_monotonic_ns);
  add_function(m, "perf_counter_ns", t_monotonic_ns);
  add_function(m, "process_time", t_process_time);
  add_function(m, "sleep", t_sleep);
  if (!g_struct_time) {
    g_struct_time = new_structseq_type({"time", "struct_time",
                                        {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                                         "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"},
                                        9, nullptr});
    g_struct_time->ctor = t_struct_time_new;
  }
  m->dict->set_str(intern("struct_time"), make_obj(g_struct_time));
  add_function(m, "gmtime", t_gmtime);
  add_function(m, "localtime", t_localtime);
  add_function(m, "mktime", t_mktime);
  add_function(m, "strftime", t_strftime);
  add_function(m, "asctime", t_asctime);
  add_function(m, "ctime", t_ctime);
  // The local zone, as CPython's init_timezone computes it (January and
  // July of this year: standard time and daylight saving time).
  {
    tzset();
    std::time_t now = static_cast<std::time_t>(clock_wall());
    std::tm jan{}, jul{};
    localtime_r(&now, &jan);
    jan.tm_mon = 0;
    jan.tm_mday = 1;
    jan.tm_isdst = -1;
    jul = jan;
    jul.tm_mon = 6;
    std::time_t tj = std::mktime(&jan), tl = std::mktime(&jul);
    localtime_r(&tj, &jan);
    localtime_r(&tl, &jul);
    long jan_off = -jan.tm_gmtoff, jul_off = -jul.tm_gmtoff;
    bool north = jan_off >= jul_off;
    const std::tm& std_tm = north ? jan : jul;
    const std::tm& dst_tm = north ? jul : jan;
    m->dict->set_str(intern("timezone"), make_int(-std_tm.tm_gmtoff));
    m->dict->set_str(intern("altzone"), make_int(-dst_tm.tm_gmtoff));
    m->dict->set_str(intern("daylight"), make_int(jan_off != jul_off ? 1 : 0));
    Rooted a0(str_value(std_tm.tm_zone ? std_tm.tm_zone : "UTC")), a1(str_value(dst_tm.tm_zone ? dst_tm.tm_zone : "UTC"));
    m->dict->set_str(intern("tzname"), make_obj(new_tuple({a0.get(), a1.get()})));
  }
  return m;
}

}  // namespace coil::rt
