# Found by tests/fuzz/difffuzz.py: which error a bad call reports first
# (keywords before the positional count), and how the callee is named.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def f(a=1, b=0): pass
def g(a, *, b, **kw): pass
def h(a, /, b, *, c): pass
def k(**kw): pass
class C:
    def m(self, **kw): pass

show(lambda: f(1, 2, 3, d=0))
show(lambda: g(1, 2, a=3))
show(lambda: h(0, 0, 0, 0, **{'a': 1}))
show(lambda: k(a=0, **{'a': 1}))
show(lambda: C().m(a=0, **{'a': 1}))
show(lambda: print(sep='', **{'sep': ''}))
show(lambda: k(**[]))
show(lambda: f(1, 2, 3))
show(lambda: g(1, 2, b=3))
