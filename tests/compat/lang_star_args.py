def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2, 3], **{'c': 9, 'z': 0}))
def g(*args, **kwargs):
    return args, kwargs
print(g(), g(1, x=2), g(*(), **{}))
print(max(*[3, 1, 2]), print(*[], sep='x'))
def h(a, b, c):
    return a + b + c
print(h(1, *[2], **{'c': 3}))
