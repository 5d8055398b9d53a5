class L(list):
    def __getitem__(self, i):
        return "item%s" % (i,)
    def __len__(self):
        return 42
    def __contains__(self, x):
        return x == "magic"
    def __iter__(self):
        yield "a"
        yield "b"
    def __repr__(self):
        return "L!" + super().__repr__()
l = L([1, 2, 3])
print(l[0], len(l), "magic" in l, 1 in l, list(l), l, [*l], str(l))
a, b = l
print(a, b)
class D(dict):
    def __missing__(self, k):
        self[k] = v = len(k)
        return v
d = D()
print(d["abc"], d, d.get("zz"), "zz" in d)
class Default(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory()
        return v
dd = Default(list, x=[1])
dd["y"].append(2)
print(dd, sorted(dd), dd.factory)
class U(str):
    def __eq__(self, o):
        return str.__eq__(self.lower(), o.lower())
    def __hash__(self):
        return hash(self.lower())
print(U("ABC") == "abc", {U("K"): 1}.get(U("k")), U("x") + "y", type(U("x") + "y"), U("ab")[0], type(U("ab")[0]))
class Pt(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def __repr__(self):
        return f"Pt({self[0]}, {self[1]})"
    x = property(lambda self: self[0])
p = Pt(1, 2)
print(p, p.x, p == (1, 2), hash(p) == hash((1, 2)), len(p), p[1], p + p, type(p + p))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
class Flag(int):
    def __repr__(self):
        return "Flag(%d)" % int(self)
    def __str__(self):
        return "flag-" + str(int(self))
f = Flag(3)
print(f, repr(f), f + 1, f * 2, f | 4, -f, f == 3, f < 4, int(f), float(f), [10, 20, 30, 40][f], range(f), divmod(f, 2), bool(Flag(0)), f"{f}", "%d" % f, abs(Flag(-2)))
print(isinstance(f, int), issubclass(Flag, int), Flag.__mro__, type(f).__name__)
class Big(int): pass
print(Big(2**70), Big(2**70) + 1, Big("12"), Big("ff", 16), Big(3.9))
class Sorted(list):
    def append(self, x):
        super().append(x)
        self.sort()
s = Sorted()
for v in [3, 1, 2]:
    s.append(v)
print(s, s.__class__.__name__, sorted(s, reverse=True), s.copy(), type(s.copy()), s[:2], type(s[:2]))
class S2(set):
    pass
x = S2([1, 2]) | {3}
print(x, type(x), S2([1]) == {1}, len(S2("abc")))
print(vars(l), l.__dict__)
class E(list):
    __slots__ = ("tag",)
e = E([1])
e.tag = 5
print(e.tag, e)
try:
    e.other = 1
except AttributeError as err:
    print(err)
print(list.__new__(L) == [], type(tuple.__new__(Pt, [1, 2])))
try:
    tuple.__new__(list)
except TypeError as err:
    print(err)
try:
    list.__new__(5)
except TypeError as err:
    print(err)
try:
    int.__new__(Pt)
except TypeError as err:
    print(err)
class K(dict): pass
k = K(a=1)
k.update(b=2)
print(k, k | {"c": 3}, type(k | {"c": 3}), dict(k), type(dict(k)), K.fromkeys("ab"))
import copy
print(copy.copy(s), type(copy.copy(s)))
