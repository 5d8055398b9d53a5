class F:
    def __call__(self, *a, **k):
        return ('called', a, k)
print(F()(1, x=2), callable(F()), callable(F), callable(3))
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool?')
        return self.v
print(bool(B(True)), not B(False), 'yes' if B(True) else 'no')
class L:
    def __len__(self): return 0
print(bool(L()), 'x' if L() else 'empty')
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print('TypeError:', e)
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print('ValueError:', e)
