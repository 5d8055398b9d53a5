# abs round isinstance hasattr getattr setattr hash iter next.
print(abs(-3), abs(2.5), abs(-0.0), abs(True))
print(round(3.14159, 3), round(-0.5), round(1.5), round(10.0 / 3, 1))
print(isinstance(3, int), isinstance(3, (str, float)), isinstance("s", str), isinstance(True, int))
print(isinstance([], list), isinstance({}, dict), isinstance(3.0, float), isinstance(None, object))

class Point:
    def __init__(self):
        self.x = 1

p = Point()
print(hasattr(p, "x"), hasattr(p, "y"), getattr(p, "x"), getattr(p, "y", "missing"))
setattr(p, "y", 42)
print(p.y, hasattr(p, "y"), getattr(p, "y"))
print(hasattr("abc", "upper"), getattr([1, 2], "count")(2))
print(hash(1), hash(0), hash(-1), hash(12345), hash(2 ** 70) == hash(2 ** 70), hash(True))
print(hash(1) == hash(1.0), hash((1, 2)) == hash((1, 2)))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"))
it2 = iter("ab")
print(list(it2), list(it2))
print(callable(len), callable(3))
