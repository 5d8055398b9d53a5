class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
class Box:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): print('del', k); del self.d[k]
    def __contains__(self, k): return k in self.d
s = Seq(3)
print(len(s), s[1], list(s), 20 in s, 5 in s)
b = Box()
b['x'] = 1
print('x' in b, 'y' in b)
del b['x']
print('x' in b)
for bad in [lambda: len(5), lambda: int(5)[0], lambda: Box()[0], lambda: len(Box())]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
def setit(o): o[0] = 1
def delit(o): del o[0]
for o in [(), 'ab', Seq(1), range(3)]:
    for f in (setit, delit):
        try:
            f(o)
        except TypeError as e:
            print('TypeError', e)
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
for o in [BadLen(), BigLen()]:
    try: len(o)
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
print([1, 2].__len__(), 'abc'.__getitem__(1), {'a': 1}.__getitem__('a'), (1, 2).__contains__(2), range(5).__len__())
d = {}
d.__setitem__('k', 2); print(d); d.__delitem__('k'); print(d)
l = [1, 2, 3]; l.__setitem__(0, 9); l.__delitem__(1); print(l, list.__getitem__(l, -1), list.__len__(l))
print({1, 2}.__contains__(1), frozenset().__len__(), {}.keys().__len__(), 'b' in {'b': 1}.keys(), 1 in {'b': 1}.values())
try: dict.__getitem__({}, 'zz')
except KeyError as e: print('KeyError', e)
try: list.__len__('abc')
except TypeError as e: print(e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try: 1 in NoContains()
except TypeError as e: print(e)
class L2:
    def __iter__(self): return iter([1, 2])
print(2 in L2(), 3 in L2())
try: 1 in 5
except TypeError as e: print(e)
print(b'abc'[1], len(b'ab'))
