# async for over a class with __aiter__/__anext__ raising StopAsyncIteration.
import asyncio

class Ticker:
    def __init__(self, n, delay):
        self.n = n
        self.delay = delay
        self.i = 0

    def __aiter__(self):
        print("__aiter__ called")
        return self

    async def __anext__(self):
        if self.i >= self.n:
            print("raising StopAsyncIteration")
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i * 10

async def main():
    async for v in Ticker(3, 0.01):
        print("tick", v)

    async for v in Ticker(5, 0.01):
        if v == 20:
            continue
        if v == 40:
            break
        print("filtered", v)
    else:
        print("else not run after break")

    async for v in Ticker(0, 0.01):
        print("never")
    else:
        print("else runs when exhausted")

    t = Ticker(2, 0.01)
    it = aiter(t)
    print(await anext(it), await anext(it))
    print("default:", await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("anext without default raises StopAsyncIteration")

    try:
        async for v in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
