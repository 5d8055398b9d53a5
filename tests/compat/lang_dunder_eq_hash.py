class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'Pt({self.x}, {self.y})'
a, b = Pt(1, 2), Pt(1, 2)
print(a == b, a != b, a is b, len({a, b}), {a: 1}[b])
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as e:
    print('TypeError:', e)
print(Pt(1, 2) == 5, [Pt(0, 0)].count(Pt(0, 0)), Pt(3, 4) in [Pt(3, 4)])
