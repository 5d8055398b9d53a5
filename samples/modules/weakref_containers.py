import weakref, sys
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
    def method(self):
        return "hi " + self.name
cache = weakref.WeakValueDictionary()
a = Obj("a"); b = Obj("b")
cache["a"] = a
cache["b"] = b
print(len(cache), sorted(cache.keys()), cache["a"], "a" in cache, cache.get("zz"))
del a
print(len(cache), sorted(cache.keys()), "a" in cache)
try:
    cache["a"]
except KeyError as e:
    print("KeyError", e)
wk = weakref.WeakKeyDictionary()
k1 = Obj("k1")
wk[k1] = 1
print(len(wk), wk[k1], k1 in wk)
del k1
print(len(wk))
ws = weakref.WeakSet()
x = Obj("x"); y = Obj("y")
ws.add(x); ws.add(y)
print(len(ws), x in ws)
del x
print(len(ws), sorted(o.name for o in ws))
def done(msg):
    print("finalized:", msg)
z = Obj("z")
fin = weakref.finalize(z, done, "z")
print(fin.alive, fin.peek()[2:] if fin.peek() else None)
del z
print("after del z", fin.alive)
wm = weakref.WeakMethod(y.method)
print(wm()())
del y
print(wm())
r = weakref.ref(b, lambda r: print("b died"))
b = None
print(weakref.getweakrefcount(Obj), isinstance(r, weakref.ReferenceType), weakref.ProxyTypes)
print("end")
