# Async generators: async def with yield, iterated with async for.
import asyncio

async def countdown(n):
    while n > 0:
        await asyncio.sleep(0.01)
        yield n
        n -= 1

async def pairs(source):
    prev = None
    async for x in source:
        if prev is not None:
            yield (prev, x)
        prev = x

async def main():
    async for n in countdown(3):
        print("countdown", n)
    async for p in pairs(countdown(4)):
        print("pair", p)
    g = countdown(2)
    print(type(g).__name__)
    print(await g.__anext__(), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")

    async def gen_with_return():
        yield 1
        return
        yield 2
    print([x async for x in gen_with_return()])

    async def gen_raises():
        yield "first"
        raise ValueError("inside generator")
    try:
        async for x in gen_raises():
            print("got", x)
    except ValueError as e:
        print("caught", repr(e))

asyncio.run(main())
