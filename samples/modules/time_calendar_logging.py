# time's calendar functions (gmtime, localtime, mktime, strftime, asctime,
# ctime, struct_time, the zone constants) under calendar and logging.
import time, calendar
t = time.gmtime(0)
print(t, t.tm_year, t[0], len(t), t.tm_zone, time.gmtime(86400 * 365.25 * 30 + 3661))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j', time.gmtime(1234567890)), time.asctime(time.gmtime(1234567890)))
print(calendar.timegm(time.gmtime(1234567890)), time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0)))
lt = time.localtime(); print(type(lt).__name__, isinstance(time.timezone, int), isinstance(time.tzname, tuple), time.daylight in (0, 1))
print(time.mktime(time.localtime(1000000000)) == 1000000000.0, time.ctime(0) == time.asctime(time.localtime(0)))
for bad in (lambda: time.gmtime('x'), lambda: time.strftime(5), lambda: time.mktime(5), lambda: time.asctime((1, 2))):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
import logging
logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
logging.getLogger('app').info('started %d', 3)
logging.warning('careful')
