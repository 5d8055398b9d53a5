# lru_cache (with and without arguments), cache_info, cache_clear, cache.
from functools import lru_cache, cache

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
print(fib.__name__, fib.__wrapped__(1))

calls = []

@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x

for v in [1, 2, 1, 3, 2, 1, 1]:
    square(v)
print(calls, square.cache_info())

@lru_cache(maxsize=None)
def slow_add(a, b=0):
    calls.append((a, b))
    return a + b

calls.clear()
print(slow_add(1, 2), slow_add(1, 2), slow_add(1, b=2), slow_add(a=1, b=2), slow_add(3))
print(calls, slow_add.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x

nocache(1); nocache(1)
print(nocache.cache_info())

@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1

print(factorial(20), factorial.cache_info())

class Grid:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=16)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

g = Grid(3)
print(g.paths(10, 10), Grid.paths.cache_info())
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError:", e)
