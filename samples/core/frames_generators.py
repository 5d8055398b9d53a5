# Frames of generators and coroutines: alive while suspended, without a
# caller; detached (keeping their last state) once finished.
import sys

def gen():
    x = 1
    yield sys._getframe()
    x = 2
    yield sys._getframe().f_back.f_code.co_name
    return x

g = gen()
print(g.gi_frame.f_code.co_name, g.gi_frame.f_lineno, g.gi_frame.f_locals)
fr = next(g)
print(fr is g.gi_frame, fr.f_back, fr.f_lineno, sorted(fr.f_locals))
print(next(g), fr.f_lineno, fr.f_locals["x"])
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, g.gi_frame, fr.f_lineno, fr.f_locals["x"], fr.f_back)

# A running generator's caller is whoever resumed it.
def who():
    while True:
        yield sys._getframe(1).f_code.co_name
w = who()
def consumer():
    return next(w)
print(next(w), consumer(), [n for n, _ in zip(w, range(1))])

# yield from: the inner frame's caller is the outer generator's frame.
def inner():
    yield sys._getframe().f_back.f_code.co_name
def outer():
    yield from inner()
print(list(outer()))

# Closing a suspended generator through its frame.
def closable():
    try:
        yield 1
    finally:
        print("finally runs")
c = closable()
next(c)
c.gi_frame.clear()
print(c.gi_frame)

# Coroutines: cr_frame, and frames inside asyncio tasks.
import asyncio

async def leaf():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name

async def main():
    co = leaf()
    print(co.cr_frame.f_code.co_name, co.cr_frame.f_lineno)
    r = await co
    print(r, co.cr_frame)
    t = asyncio.ensure_future(leaf())
    print((await t)[0])

asyncio.run(main())

# Locals captured by closures show up through their cells.
def maker():
    a = 1
    def use():
        return a
    b = 2
    return sys._getframe().f_locals, use
loc, use = maker()
print(sorted(loc), loc["a"], loc["b"], loc["use"] is use)
