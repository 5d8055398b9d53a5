class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, q.__dict__)
try:
    P.__new__(P).x
except AttributeError as e:
    print('AttributeError:', e)
p2 = P(5, 6)
del p2.x
try: del p2.x
except AttributeError as e: print('AttributeError:', e)
try: p2.x
except AttributeError as e: print('AttributeError:', e)
print(repr(P.__dict__['x']), type(P.x).__name__, P.__slots__)
try:
    class Z:
        x = 1
        __slots__ = ('x',)
except ValueError as e: print(e)
for bad in [(1,), ('a b',)]:
    try:
        type('Z2', (), {'__slots__': bad})
    except TypeError as e: print(e)
class S: __slots__ = 'a'
s = S(); s.a = 'one'; print(S.__slots__, hasattr(s, '__dict__'), s.a)
class D: __slots__ = ('a', '__dict__')
d = D(); d.q = 1; d.a = 2; print(d.__dict__, d.a)
class R(P):
    __slots__ = ('w',)
r = R(1, 2); r.w = 9; print(r.x, r.w, hasattr(r, '__dict__'))
try: r.v = 1
except AttributeError as e: print('AttributeError:', e)
class E(Exception):
    __slots__ = ('code',)
e = E('m'); e.code = 4; e.other = 5; print(e.code, e.other)
