from functools import lru_cache, cache
calls = 0
@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), calls)
print(fib.cache_info())
@cache
def sq(x):
    print('computing', x)
    return x * x
print(sq(3), sq(3))
