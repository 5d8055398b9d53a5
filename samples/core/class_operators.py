# __add__, __call__, __bool__ and friends.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __repr__(self):
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"

class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, extra=0):
        return x * self.k + extra

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3)
c = a
c += b
print(c, a)
print(bool(Vec(0, 0)), bool(Vec(0, 1)), not Vec(0, 0))
if Vec(0, 0):
    print("not printed")
else:
    print("zero vector is falsy")
triple = Multiplier(3)
print(triple(5), triple(5, extra=1), callable(triple))
print(list(map(triple, [1, 2, 3])))
