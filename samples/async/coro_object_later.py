# A coroutine object is created first and awaited later.
import asyncio

async def compute(x):
    print("compute starts", x)
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    c = compute(21)
    print("coroutine created, not started:", type(c).__name__)
    print("doing other things first")
    result = await c
    print("result", result)
    coros = [compute(i) for i in range(3)]
    print("created", len(coros))
    for co in coros:
        print("awaited ->", await co)

asyncio.run(main())
