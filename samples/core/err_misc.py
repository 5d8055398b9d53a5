# StopIteration, RecursionError, AssertionError.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)

def gen():
    yield 1
    return "ret"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

def f():
    return f()

try:
    f()
except RecursionError as e:
    print(type(e).__name__)
print("recovered after recursion")

def check_positive(n):
    assert n > 0, "n must be positive, got " + str(n)
    return n

try:
    check_positive(-2)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
