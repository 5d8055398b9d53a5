# collections.namedtuple.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], p[-1], len(p))
x, y = p
print(x, y, list(p), tuple(p))
print(p == (1, 2), p == Point(1, 2), p != Point(2, 1), {p: 1}[Point(1, 2)])
print(Point._fields, p._asdict())
q = p._replace(y=5)
print(q, p, Point._make([7, 8]), Point(y=4, x=3))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(p[:1], 2 in p, 3 in p, p.count(1), p.index(2))

Color = namedtuple("Color", "red green blue")
Person = namedtuple("Person", "name, age, city", defaults=["Paris"])
print(Color(255, 128, 0), Person("Ann", 30), Person("Bob", 25, "Rome"))
print(Person._field_defaults)
Renamed = namedtuple("Renamed", ["a", "def", "a", "_b"], rename=True)
print(Renamed._fields)

def dist(pt):
    return (pt.x ** 2 + pt.y ** 2) ** 0.5

print(dist(Point(3, 4)))
print("%d,%d" % tuple(p), "{},{}".format(*p))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)])

for f in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3),
          lambda: Point(1, x=3), lambda: p._replace(z=1), lambda: Point._make([1])]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for args in [("P", "a _b"), ("P", "a a"), ("P", "a class"), ("1P", "a")]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print("ValueError:", e)
