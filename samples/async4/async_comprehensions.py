# Async comprehensions: async for in list/set/dict/generator comprehensions
# and await inside comprehensions.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def double(x):
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    print([x async for x in agen(5)])
    print([x async for x in agen(10) if x % 3 == 0])
    print(sorted({x % 2 async for x in agen(6)}))
    print({x: x * x async for x in agen(4)})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in agen(3)])
    print([y for y in [await double(x) for x in range(3)] if y > 0])
    print([(x, y) async for x in agen(2) for y in "ab"])
    g = (x + 100 async for x in agen(3))
    print(type(g).__name__, [v async for v in g])
    print(sum([await double(x) for x in range(5)]))

asyncio.run(main())
