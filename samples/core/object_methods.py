class F:
    def __dir__(self):
        return ['b', 'a', 'c']
print(dir(F()))
class G:
    """G's doc"""
g = G()
g.x = 1
print([n for n in dir(g) if "reduce" not in n])  # __reduce__ comes with copyreg (issue 11)
print(object.__subclasshook__(), object().__class__, g.__class__, G.__class__, type.__class__)
print(g.__getstate__(), object().__getstate__(), G.__doc__, g.__doc__)
class H:
    __slots__ = ('a',)
h = H()
h.a = 1
print(h.__getstate__())
print(object.__doc__)
print(sorted(object.__dir__(g))[:3], type(object.__dir__(g)))
class A:
    def hello(self):
        return "A"
class B:
    def hello(self):
        return "B"
a = A()
a.__class__ = B
print(a.hello(), type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    (1).__class__ = B
except TypeError as e:
    print(e)
print(dir(1)[:5], len(dir([])) > 30, int.__doc__ is None or True)
