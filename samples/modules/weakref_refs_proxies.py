import _weakref, weakref
class Foo:
    pass
f = Foo()
r = _weakref.ref(f)
print(r() is f, r.__callback__, _weakref.getweakrefcount(f), r is _weakref.ref(f), hash(r) == hash(f))
del f
print(r(), _weakref.ref.__name__)
def cb(ref):
    print("callback", ref() is None)
g = Foo()
r2 = _weakref.ref(g, cb)
print("before del")
del g
print("after del")
p = _weakref.proxy(Foo())
try:
    p.x
except ReferenceError as e:
    print("ReferenceError", e)
class L(list): pass
l = L([1, 2])
pl = _weakref.proxy(l)
print(len(pl), pl[0], 2 in pl, list(pl), pl + [3], str(pl))
for v in (1, "s", (1,), [1], {}, set(), len, Foo, range(3), object()):
    try:
        _weakref.ref(v)
        print(type(v).__name__, "ok")
    except TypeError as e:
        print(e)
def make():
    local = Foo()
    return _weakref.ref(local, lambda r: print("local gone"))
rr = make()
print("made", rr())
