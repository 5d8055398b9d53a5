class C:
    def __init__(self, n): self.n = n
    def get(self): return self.n
c = C(5)
m = c.get
print(m(), C.get(c), m.__self__ is c, m.__func__ is C.get, m.__name__)
print(list(map(C.get, [C(1), C(2)])), c.get == c.get)
f = C.get
try:
    f()
except TypeError as e:
    print('TypeError:', e)
c.get = lambda: 'instance attr'
print(c.get(), C(9).get())
