# Found by tests/fuzz/difffuzz.py (second campaign): language and builtin
# semantics.
import asyncio
import math

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        pass
show(lambda: reversed(Seq()))
for s in ['  a b  c  ', '\u3000sp\u3000a', 'a', '   ', ' x ']:
    print(s.split(None, 1), s.rsplit(None, 1), s.split(None, 0), s.rsplit(None, 0), s.rsplit())

def make():
    x = 0.1
    def get():
        return x
    return get
show(lambda: [c.cell_contents for c in make().__closure__])
show(lambda: math.perm(-1))
class BadIndex:
    def __index__(self):
        pass
show(lambda: range(3)[BadIndex()])
show(lambda: range(3)['a'])

class Obj:
    def __add__(self, other):
        return 'Obj.__add__' if other else NotImplemented
    def __radd__(self, other):
        return 'Obj.__radd__'
class Der(Obj):
    pass
class Over(Obj):
    def __radd__(self, other):
        return 'Over.__radd__'
print(Obj() + Der(), Obj() + Over(), sum([Obj(), Der()]))

class Tracked:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
    @property
    def double(self):
        return 2
t = Tracked()
t.x = 1
show(lambda: setattr(t, 'double', 0))
print(t.x)

class Sized:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        print('len called')
        return 2
print(list(Sized()), tuple(Sized()), sorted(Sized()), set(Sized()), [*Sized()])
class Negative(Sized):
    def __len__(self):
        return -1
show(lambda: list(Negative()))
for text in ['\U0001d7d7', '\uff11\uff12', ' \u0663 ', '1\u30002', '\u3000 7\u2003', '\U0001d7cf.5', '\u00bd']:
    for conv in (int, float):
        show(lambda: conv(text))
print([c.isidentifier() for c in '\u24d0\u24d1\u24b8'], 'a\u0301'.isidentifier(), '\ufb01'.isidentifier())

async def main():
    async def agen():
        yield 1
    ag = agen()
    await ag.aclose()
    print(await ag.athrow(ValueError('x')))
    tasks = [asyncio.create_task(asyncio.sleep(0)), asyncio.create_task(asyncio.sleep(0), name='named'),
             asyncio.create_task(asyncio.sleep(0))]
    print([t.get_name() for t in tasks])
    await asyncio.gather(*tasks)
asyncio.run(main())
