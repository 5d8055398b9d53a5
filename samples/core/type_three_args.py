class A:
    def hi(self): return 'hi from ' + type(self).__name__
T = type('T', (A,), {'x': 5, 'double': lambda self: self.x * 2})
t = T()
print(T.x, T.__name__, isinstance(t, A), t.hi(), t.double(), T.__bases__, T.__module__, T)
Empty = type('Empty', (), {})
print(Empty.__name__, Empty.__bases__, type(Empty()).__name__, repr(Empty())[:17])
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        cls.tag = tag
K = type('K', (Base,), {}, tag='t1')
print(K.tag, type('M', (), {'__module__': 'elsewhere'}))
E = type('E', (ValueError,), {'extra': 1})
try:
    raise E('bad')
except ValueError as e:
    print(type(e).__name__, e, e.extra)
for bad in [lambda: type('a', 'b'), lambda: type(1, (), {}), lambda: type('a', [], {}), lambda: type('a', (), []), lambda: type('a', (1,), {})]:
    try: bad()
    except TypeError as e: print(e)
d = {'v': 1}
C = type('C', (), d)
d['v'] = 2
print(C.v)
