import time
t0 = time.monotonic()
s = sum(range(10000))
t1 = time.monotonic()
print(s, t1 >= t0, type(t0).__name__)
p0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - p0 >= 0.0, isinstance(time.time(), float), isinstance(time.monotonic_ns(), int))
