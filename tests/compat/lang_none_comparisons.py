x = None
print(x is None, x == None, x is not None, None == 0, None == False, str(None), repr(None))
def f(): pass
print(f(), f() is None, type(f()).__name__, [None] * 2, None in [0, None])
print(sorted([3, 1], key=lambda v: (v is None, v)))
d = {None: 'n'}
print(d[None], bool(None))
