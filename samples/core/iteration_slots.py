class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), next(Count(1)), next(Count(0), 'dflt'))
class Bad:
    def __iter__(self): return 5
class NoNext:
    def __iter__(self): return NoNext()
for o in [Bad(), NoNext(), 5, Count]:
    try: iter(o)
    except TypeError as e: print(e)
try: next([1])
except TypeError as e: print(e)
def g():
    yield 1
    return 'ret'
it = g()
print(next(it))
try: next(it)
except StopIteration as e: print('stop', e.value)
it = g(); next(it); print(next(it, 'd'))
print([].__iter__().__next__() if False else 'x', type([].__iter__()).__name__, iter('ab').__next__())
i = iter([1, 2])
print(i.__next__(), i.__iter__() is i, list(i))
try: iter([]).__next__()
except StopIteration as e: print('StopIteration', e.args)
print(list(iter({'a': 1})), list({'a': 1}.items().__iter__()), list(range(3).__iter__()), list({2}.__iter__()))
class S:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(list(S()), 1 in S(), list(iter(S())))
g2 = (x for x in range(3))
print(g2.__next__(), g2.__iter__() is g2, list(g2))
async def co(): pass
c = co()
try: iter(c)
except TypeError as e: print(e)
c.close()
print(list(zip(Count(2), 'ab')), list(map(str, Count(2))), list(enumerate(Count(2))))
def stopper(x):
    raise StopIteration
print(list(map(stopper, [1, 2])))
class It:
    def __next__(self): return 1
print(type(iter(type('X', (), {'__iter__': lambda s: It()})())).__name__ if False else 'skip')
