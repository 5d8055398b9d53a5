# CPython's weakref module on coil's _weakref: ref and its subclasses
# (WeakMethod, KeyedRef inside WeakValueDictionary), finalize, and the weak
# containers, each seeing an object go when its last name does.
import gc
import weakref


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"O({self.n})"

    def m(self):
        return self.n * 10


a = O(1)
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), type(r).__name__)
d = weakref.WeakValueDictionary()
d["a"] = a
b = O(2)
d["b"] = b
print(sorted(d), type(d.data["a"]).__name__, d.data["a"].key)
del b
gc.collect()
print(sorted(d), d.get("b"), "a" in d)
f = weakref.finalize(a, print, "finalized", a.n)
print(f.alive, f.peek()[0] is a)
k = weakref.WeakKeyDictionary()
k[a] = "value"
s = weakref.WeakSet([a])
print(len(k), k[a], len(s), a in s)
wm = weakref.WeakMethod(a.m)
wm2 = weakref.WeakMethod(a.m)
print(wm()(), wm == wm2, isinstance(wm, weakref.ref))


class Sub(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, callback=None, tag=None):
        self = super().__new__(cls, ob, callback)
        self.tag = tag
        return self

    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)


sr = Sub(a, None, "tagged")
print(sr() is a, sr.tag, sr is not weakref.ref(a), weakref.getweakrefcount(a))
keep = a
del a
print(r() is keep)
del keep
gc.collect()
print(r(), len(d), len(k), len(s), f.alive, wm(), sr())
for bad in [lambda: weakref.ref(O(3), None, 3), lambda: Sub(O(3), None, "t", 4)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
