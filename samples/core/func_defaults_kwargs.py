# Default values and keyword arguments.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Bob"))
print(greet("Bob", "Hi"))
print(greet("Bob", punct="?"))
print(greet(punct=".", name="Al", greeting="Yo"))

def append_to(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(append_to(1), append_to(2))

def shared(x, acc=[]):
    acc.append(x)
    return acc

print(shared(1), shared(2))

def kwonly(a, *, b=2, c):
    return a + b + c

print(kwonly(1, c=10), kwonly(1, b=0, c=0))

def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)

print(f(1), f(1, 5, 6, 7, c=8, d=9))
