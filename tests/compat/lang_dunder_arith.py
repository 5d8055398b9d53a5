class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __neg__(self): return V(-self.x, -self.y)
    def __iadd__(self, o):
        print('iadd')
        self.x += o.x; self.y += o.y
        return self
    def __repr__(self): return f'V({self.x}, {self.y})'
a = V(1, 2)
print(a + V(3, 4), a * 3, 2 * a, -a)
b = a
a += V(1, 1)
print(a, b is a)
try:
    a - a
except TypeError as e:
    print('TypeError:', e)
try:
    'x' * a
except TypeError as e:
    print('TypeError:', e)
