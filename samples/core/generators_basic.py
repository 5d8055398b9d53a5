# Generators with yield, used in for loops and list().
def count_up(n):
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  generator done")

for v in count_up(2):
    print("got", v)
print(list(count_up(3)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g = fib()
print([next(g) for _ in range(10)])

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x

print(list(evens(range(10))), sum(evens([1, 2, 3, 4])))
gen = count_up(1)
print(type(gen).__name__)
print(next(gen))
print(next(gen, "exhausted"))
print(list(gen))

def pairs():
    yield 1, "a"
    yield 2, "b"

for n, s in pairs():
    print(n, s)
print(dict(pairs()))
