# __repr__ and __str__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"

class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __str__(self):
        return str(self.deg) + " degrees"

    def __repr__(self):
        return "Temp(" + str(self.deg) + ")"

class OnlyStr:
    def __str__(self):
        return "only-str"

p = Point(1, "y")
print(p, repr(p), str(p))
print([Point(0, 0), Point(1.5, -2)])
print({"origin": Point(0, 0)}, (p,))
t = Temp(21)
print(t, [t], f"{t}", f"{t!r}", str(t) + "!")
print(OnlyStr(), str(OnlyStr()))
print(f"{p}")
