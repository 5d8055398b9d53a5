def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
print(f(**{'b': 1}, a=2))
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
def g(a, b):
    return a, b
try:
    g(1, **{'a': 2})
except TypeError as e:
    print('TypeError:', e)
