# yield from, send, return value via StopIteration.value.
def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    return "outer-result"

print(list(outer()))

def echo():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

g = echo()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g2 = outer()
print(next(g2))
print(g2.send("hello"))
print(next(g2), next(g2))
try:
    next(g2)
except StopIteration as e:
    print("outer returned", e.value)

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", [1, 2], range(2))))
fresh = echo()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
