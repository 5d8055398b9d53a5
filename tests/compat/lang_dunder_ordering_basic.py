class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return f'V{self.n}'
vs = [V(3), V(1), V(2)]
print(sorted(vs), max(vs), min(vs))
print(V(1) < V(2), V(2) > V(1))
try:
    V(1) <= V(2)
except TypeError as e:
    print('TypeError:', e)
try:
    V(1) < 3
except AttributeError as e:
    print('AttributeError:', e)
