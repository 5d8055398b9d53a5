class A:
    def __hash__(self): return object.__hash__(self) & 0 | 7
    def __repr__(self): return 'A!'
class B(A):
    pass
class C:
    __hash__ = None
class D:
    def __eq__(self, o): return True
class E(Exception):
    def __str__(self): return 'E-str'
print(hash(A()), repr(B()), str(B()), hash(B()))
for x in [C(), D(), [], {}, set(), slice(1, 2), {}.keys(), {}.items()]:
    try:
        hash(x)
        print('hashable', type(x).__name__)
    except TypeError as e:
        print(e)
print(hash({}.values()) is not None, repr(E('x')), str(E('x')), str(ValueError('v')), repr(KeyError('k')))
A.__repr__ = lambda self: 'changed'
print(repr(A()), repr(B()))
del A.__repr__
print(repr(B())[:11])
class F:
    def __repr__(self): return 5
try: repr(F())
except TypeError as e: print(e)
class G:
    def __str__(self): return 'G'
print(str(G()), repr(G())[:10], f'{G()}', [G()][0].__str__())
print(hash(b'ab') == hash('ab'), {b'ab': 1}[b'a' + b'b'], hash(1.5) == hash(1.5), hash(True), hash(None) == hash(None))
print(repr(NotImplemented), repr(...), str(range(3)), repr(slice(1, None)))
