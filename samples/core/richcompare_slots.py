class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('A.eq', type(o).__name__)
        return NotImplemented
    def __lt__(self, o):
        print('A.lt')
        return NotImplemented
class B(A):
    def __gt__(self, o):
        print('B.gt')
        return True
    def __eq__(self, o):
        print('B.eq')
        return 'b-eq'
print(A(1) == B(2), A(1) < B(2))
print(A(1) == 3, A(1) != A(1))
try:
    A(1) < A(2)
except TypeError as e:
    print(e)
class OnlyEq:
    def __eq__(self, o): return isinstance(o, OnlyEq)
print(OnlyEq() != OnlyEq(), OnlyEq() != 1)
print(list.__eq__([1], [1]), str.__lt__('a', 'b'), object.__eq__(1, 1), object.__ne__(3, 4))
print(list.__hash__ is None, dict.__hash__, type(object.__hash__).__name__ if False else 'x')
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), (1).__lt__(2), 'a'.__ge__('a'), (1, 2).__lt__((1, 3)))
print({1}.__le__({1, 2}), frozenset({1}).__eq__({1}), range(3).__eq__(range(0, 3)), [].__lt__(()))
for bad in [lambda: str.__eq__(1, 'a'), lambda: list.__lt__([]), lambda: object.__eq__(), lambda: ''.__eq__('a', 'b')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
class R:
    def __repr__(self): return 'R()'
    def __str__(self): return super().__str__() + '!'
print(str(R()), object.__repr__(R())[:10], object.__str__(R()))
class H:
    def __hash__(self): return super().__hash__() * 0 + 11
print(hash(H()), sorted([B(1), A(2)], key=lambda x: x.v)[0].v)
print(1 < 2.5, 2.5 < 3, 'b' > 'a', [1, 2] < [1, 3], (1,) == (1.0,), None == None, None != 0)
