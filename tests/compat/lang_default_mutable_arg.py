def add(x, acc=[]):
    acc.append(x)
    return acc
print(add(1), add(2), add(3, []), add(4))
def add2(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(add2(1), add2(2))
n = 5
def f(a=n):
    return a
n = 6
print(f())
print(add.__defaults__)
