import weakref
class Foo:
    a = 1
    def b(self): pass
print(list(Foo.__dict__))
print(Foo.__dict__['__dict__'], Foo.__dict__['__weakref__'], Foo.__doc__)
f = Foo()
f.x = 1
print(f.__dict__, vars(f), f.__weakref__)
r = weakref.ref(f)
print(f.__weakref__ is r)
f.__dict__ = {"y": 2}
print(f.y, hasattr(f, "x"))
try:
    f.__dict__ = 5
except TypeError as e:
    print(e)
class Bar(Foo):
    """doc"""
print(list(Bar.__dict__), Bar.__doc__)
class E(Exception): pass
print(list(E.__dict__))
class L(list): pass
print(list(L.__dict__))
class S: __slots__ = ('a',)
print(list(S.__dict__))
class S2: __slots__ = ('a', '__weakref__')
print(list(S2.__dict__), S2.__dict__['__weakref__'])
class M(type): pass
print(list(M.__dict__))
class D(S): pass
print(list(D.__dict__))
try:
    class X(Foo):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(e)
