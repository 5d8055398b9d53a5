# defaultdict, OrderedDict and Counter are dict subclasses; namedtuple makes
# tuple subclasses.
from collections import defaultdict, OrderedDict, Counter, namedtuple

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, isinstance(dd, dict), type(dd).__mro__[1].__name__, len(dd), dict(dd))
print(dd == {"a": [1], "b": []}, sorted(dd.items()), dd.default_factory)
print(defaultdict(int, {"x": 1}, y=2), defaultdict(None).default_factory)
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
merged = dd | {"c": 3}
print(type(merged).__name__, merged)
counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(max(counts, key=counts.get), counts["the"], "dog" in counts)

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(od), isinstance(od, dict))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict.fromkeys("xy", 0))

c = Counter("abracadabra")
print(c, c["z"], c.most_common(2), isinstance(c, dict), c.total())
c.update({"a": 10})
c.subtract("aaa")
print(c["a"], c + Counter("zz"), c - Counter(a=100), Counter(a=3) & Counter(a=1, b=2), Counter(a=1) | Counter(a=2))
del c["nothing"]
print(sorted(c.elements())[:6], Counter() == Counter(), Counter(a=0) == Counter())
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2), dict(Counter("aab")))

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, isinstance(p, tuple), p + (5,), p * 2, p[::-1], len(p), hash(p) == hash((3, 4)))
print(p._asdict(), p._replace(y=9), Point._make([1, 2]), p.x, p.y, Point.x.__doc__)
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(1, 2)), list(p), tuple(p) == p)
x, y = p
print(x, y, "{0.x},{0.y}".format(p), "%s-%s" % p)
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, abs(v), v + Vec(1, 1), Vec.__mro__[1].__name__, Vec._fields)
Emp = namedtuple("Emp", ["name", "dept", "level"], defaults=["eng", 1])
print(Emp("ann"), Emp("bo", level=3), Emp._field_defaults, Emp.__doc__)
print({Point(1, 2): "a"}[(1, 2)], Point(1, 2) == (1, 2), Point.__name__, Point.__module__)
