# Multiple return values and lambdas.
def min_max(xs):
    return min(xs), max(xs)

lo, hi = min_max([3, 1, 4, 1, 5])
print(lo, hi, min_max([7]))

def nothing():
    return

print(nothing())
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
print(list(map(lambda s: s.upper(), ["a", "b"])))
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])
print(fib.__name__, square.__name__)
