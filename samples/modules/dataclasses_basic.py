# @dataclass: fields from class annotations, __init__, __repr__, __eq__.
from dataclasses import dataclass, field, fields, asdict, astuple

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p == Point(2, 1), p == (1, 2))
print(p.x, p.y, [f.name for f in fields(p)], asdict(p), astuple(p))

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = 0

inv = Inventory("box")
inv.items.append("apple")
other = Inventory("bag")
print(inv, other, inv.items is other.items)

@dataclass
class Line:
    start: Point
    end: Point

line = Line(Point(0, 0), Point(3, 4))
print(line)
print(asdict(line))

@dataclass
class Point3(Point):
    z: int = 0

print(Point3(1, 2, 3), [f.name for f in fields(Point3)])

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2

print(WithPost(5))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
