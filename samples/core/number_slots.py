class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'V({self.x})'
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd', o)
        return self + o
    def __neg__(self): return V(-self.x)
    def __bool__(self): return self.x != 0
class W(V):
    def __radd__(self, o):
        print('W.radd first')
        return W(100)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __repr__(self): return f'Acc({self.items})'
print(V(1) + V(2), V(1) + 5, 5 + V(1), -V(3), bool(V(0)), not V(1))
print(V(1) + W(2))
try: V(1) + 'x'
except TypeError as e: print(e)
try: 'x' + V(1)
except TypeError as e: print(e)
a = Acc(); a += 1; a += 'two'; print(a)
b = V(1); b += V(2); print(b)
print((3).__add__(4), (3).__radd__(4), (3).__add__(1.5), (2.5).__mul__(2), (5).__neg__(), (5).__invert__(), (0).__bool__())
print('%d!'.__mod__(3), 'ab'.__add__('c'), 'ab'.__mul__(2), 'ab'.__rmul__(3), [1].__add__([2]), [0].__mul__(3))
l = [1]; print(l.__iadd__([2, 3]), l.__imul__(2), l)
print({1, 2}.__or__({3}), {1, 2}.__and__({2}), {1}.__sub__({1}), {1}.__rxor__({2}), {'a': 1}.__or__({'b': 2}))
s = {1}; s |= {2}; print(s)
d = {'a': 1}; d |= [('b', 2)]; print(d)
for bad in [lambda: -'x', lambda: ~1.5, lambda: +[], lambda: [1] + (2,), lambda: (1,) + [2], lambda: [1] * 1.5,
            lambda: 'a' * 'b', lambda: {1} | [2], lambda: {} | [], lambda: 1 @ 2, lambda: b'a' + 'b', lambda: 2 ** 'x']:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
class Idx:
    def __index__(self): return 2
print('ab' * Idx(), [1] * Idx(), Idx() * (0,), b'xy' * 2, 3 * b'-')
l2 = [1, 2]; l2 += 'ab'; l2 *= 2; print(l2)
try:
    l3 = []
    l3 += 5
except TypeError as e: print(e)
class R:
    def __rmod__(self, o): return 'rmod'
    def __rsub__(self, o): return 'rsub'
print('%s' % R() != 'rmod', 5 - R(), [] and 1, '' or 'e', bool(range(0)), bool(b''), bool({}), bool(0.0))
class L:
    def __len__(self): return 0
print(bool(L()), not L())
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
print(True + True, True & False, -True, ~True, 7 // 2, 7 % -3, 2 ** -1, divmod(7, 2))
class C:
    def __index__(self): return 2**70
print(hex(C()), oct(C()), bin(5))
class D:
    def __index__(self): return 1.5
try: hex(D())
except TypeError as e: print(e)
try: hex(1.5)
except TypeError as e: print(e)
