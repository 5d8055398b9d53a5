for x in [[], (), '', 'é', range(3), range(2**70), {}, {}.keys(), {}.values(), {}.items(), set(), frozenset(),
          enumerate([]), zip(), map(str, []), filter(None, []), reversed([]), reversed(()), reversed('ab'),
          reversed(range(3)), reversed({}), reversed({}.values()), reversed({}.items()), iter(int, 1)]:
    it = iter(x)
    print(type(it).__name__, type(it) is type(iter(x)))
class S:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(type(iter(S())).__name__, list(iter(S())))
def g():
    r = yield from 'a'
x = g()
next(x)
try:
    x.send(1)
except AttributeError as e:
    print(e)
def g2():
    r = yield from iter([1, 2])
x = g2(); next(x)
try: x.send(5)
except AttributeError as e: print(e)
