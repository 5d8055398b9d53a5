# eval() and exec() with locals that are mappings but not dicts: names are
# read, bound and deleted through the mapping's own item methods.
import collections
class Logging(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
class M:
    def __init__(self): self.d = {"a": 1}
    def __getitem__(self, k):
        print("M get", k); return self.d[k]
    def __setitem__(self, k, v):
        print("M set", k, v); self.d[k] = v
    def __delitem__(self, k):
        print("M del", k); del self.d[k]
    def keys(self): return self.d.keys()
    def __iter__(self): return iter(self.d)
m = M()
exec("b = a + 1\ndel a\nprint(len)", {}, m)
print(m.d)
print(eval("b * 2", {}, m))
l = Logging(x=5)
print(eval("x + 1", {}, l))
exec("y = x", {}, l)
print(l)
cm = collections.ChainMap({}, {"z": 3})
exec("w = z * 2\nprint(sorted(locals()), locals() is c, sorted(dir()))", {"c": cm}, cm)
print(cm.maps[0])
try:
    eval("x", {}, [])
except TypeError as e: print(e)
print(eval("1", {}, []))
exec("class K:\n    v = 1\n", {"__name__": "mod"}, cm)
print(cm["K"].v, cm["K"].__module__)
try:
    eval("missing", {}, m)
except NameError as e: print(e)
import sys
exec("f = sys._getframe(); print(f.f_locals is c)", {"sys": sys, "c": cm}, cm)

# Annotations and star imports go through the mapping as well.
ann = M()
exec("x: int = 1\ny: str", {}, ann)
print(sorted(ann.d), ann.d["__annotations__"])
class D(dict):
    pass
d = D()
exec("z: float = 2.0", {}, d)
print(d)
class Quiet:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
star = Quiet()
exec("from math import *\nr = sqrt(pi * pi)", {}, star)
print(star.d["pi"], "sqrt" in star.d, star.d["r"])
