# Found by tests/fuzz/difffuzz.py: f(*x) names f when x is not iterable;
# AttributeError/NameError carry name (and obj); combining marks continue
# identifiers.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Obj:
    def __init__(self, v, *items):
        pass
show(lambda: print(*Obj(1)))
show(lambda: print(1, *Obj(1)))
show(lambda: [*5])
show(lambda: print(**5))
show(lambda: max(*[3, 1, 2]))
show(lambda: (AttributeError().name, AttributeError().obj, NameError().name))
show(lambda: AttributeError('x', name='n', obj=3).obj)
show(lambda: AttributeError(foo=1))
show(lambda: NameError(obj=1))
try:
    [].foo
except AttributeError as e:
    print(e.name, e.obj)
try:
    undefined_name
except NameError as e:
    print(e.name)
print(str.isidentifier('a\u0301'), '\u0301a'.isidentifier(), 'a\u203fb'.isidentifier(), 'x\u00b7'.isidentifier())
