class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list), s == [1, 2, 3])
s.name = "st"
print(s.name, s.__dict__)
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d, d['a'], type(d))
class T(tuple):
    pass
t = T([1, 2])
print(t, type(t), t + (3,), hash(t) == hash((1, 2)))
class S(str):
    def shout(self):
        return self.upper() + "!"
x = S("hi")
print(x, repr(x), x.shout(), type(x), x == "hi", {x: 1}["hi"])
class I(int):
    pass
i = I(5)
print(i, i + 1, type(i), type(i + 1), i == 5, hash(i) == hash(5), [0,1,2,3,4,5,6][i])
class F(frozenset): pass
print(F([1,2]), type(F([1])))
class SS(set):
    def __init__(self, it, tag):
        super().__init__(it)
        self.tag = tag
q = SS([3, 1], "t")
print(q, q.tag)
class L2(list):
    def __init__(self, n):
        super().__init__(range(n))
print(L2(4))
try:
    class B(bool): pass
except TypeError as e:
    print(e)
try:
    class M(list, dict): pass
except TypeError as e:
    print(e)
class Counter2(dict):
    def __init__(self, it):
        super().__init__()
        for x in it:
            self[x] = self.get(x, 0) + 1
print(Counter2("hello"))
class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def x(self): return self[0]
p = P(1, 2)
print(p, p.x, type(p))
print(str(x), type(str(x)), repr(S("a'b")))
print(I.__new__(I, 7), list.__new__(Stack))
