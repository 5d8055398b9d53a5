# asend() sends a value into an async generator (the value of the yield).
import asyncio

async def accumulator():
    total = 0
    while True:
        value = yield total
        await asyncio.sleep(0.01)
        if value is None:
            break
        total += value
    yield "final " + str(total)

async def main():
    g = accumulator()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(10))
    print(await g.asend(None))
    try:
        await g.asend(1)
    except StopAsyncIteration:
        print("StopAsyncIteration")

    g2 = accumulator()
    try:
        await g2.asend(3)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
