class P:
    n = 0
    def __init__(self, v):
        self.v = v
    @classmethod
    def from_str(cls, s):
        return cls(int(s))
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class Q(P):
    pass
print(P.from_str('4').v, type(Q.from_str('5')).__name__)
print(P.add(1, 2), P(0).add(3, 4))
print(P.bump(), Q.bump(), Q.bump(), P.n, Q.n)
