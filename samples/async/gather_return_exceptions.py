# gather(return_exceptions=True) puts exceptions in the result list.
import asyncio

async def ok(x):
    await asyncio.sleep(0.01)
    return x

async def fail(msg):
    await asyncio.sleep(0.005)
    raise RuntimeError(msg)

async def main():
    results = await asyncio.gather(ok(1), fail("boom"), ok(3), fail("bang"), return_exceptions=True)
    print(results)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)

asyncio.run(main())
