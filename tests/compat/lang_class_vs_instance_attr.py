class C:
    shared = []
    count = 0
    def __init__(self, n):
        self.n = n
        C.count += 1
    def add(self, x):
        self.shared.append(x)
a, b = C(1), C(2)
a.add('x'); b.add('y')
print(a.shared, b.shared is a.shared, C.count)
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)
print(sorted(vars(a)), 'n' in C.__dict__, 'add' in C.__dict__)
