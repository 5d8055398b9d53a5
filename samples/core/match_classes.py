# The match statement: class patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r

def where(shape):
    match shape:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d on the floor at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere"
        case Circle(center=Point(x=cx, y=cy), r=r):
            return f"circle at {cx},{cy} radius {r}"
        case Circle(r=r):
            return f"circle of radius {r} centred off the grid"
    return "not a shape"

for s in [Point3(0, 0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 0), Point(5, 0), Point(0, 6),
          Point(2, 2), Point(1, 3), Circle(Point(1, 1), 4), Circle("c", 2), 7, None]:
    print(where(s))

# The built-in types match themselves as their single positional pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([first, *_]) | tuple((first, *_)):
            return f"sequence starting {first}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case list() | tuple() | dict():
            return "an empty container"
    return "other"

for v in [True, -3, 3, 2.5, "s", b"b", [1, 2], (9,), {"k": 0}, {1}, frozenset(), [], (), {}, None]:
    print(repr(v), "->", kind(v))

# Attributes come from getattr: properties and class attributes count, and
# a missing attribute is a failed match, not an error.
class Temperature:
    unit = "C"
    def __init__(self, degrees):
        self._degrees = degrees
    @property
    def degrees(self):
        return self._degrees
for t in [Temperature(-5), Temperature(25)]:
    match t:
        case Temperature(degrees=d, unit="C") if d < 0:
            print("freezing", d)
        case Temperature(missing=_):
            print("never: no such attribute")
        case Temperature(degrees=d):
            print("fine", d)

# Exceptions are classes like any other.
try:
    raise KeyError("k")
except Exception as e:
    match e:
        case ValueError():
            print("value error")
        case KeyError(args=(key,)):
            print("key error for", key)

# A dotted class name, and __match_args__ inherited from the base.
import collections
class Named(Point):
    pass
match Named(1, 2):
    case Point(a, b):
        print("Named matches Point with", a, b)
match collections.OrderedDict(a=1):
    case collections.OrderedDict(a=_):
        print("never: no attribute a")
    case collections.OrderedDict():
        print("an OrderedDict")

# The class expression is evaluated each time the case is tried.
types = [int, str]
for v in [1, "one"]:
    match v:
        case types.__class__():
            print("never")
    match v:
        case int() if types.reverse() is None:
            print(v, "is an int; types reversed to", [t.__name__ for t in types])
        case _:
            print(v, "is not an int")
