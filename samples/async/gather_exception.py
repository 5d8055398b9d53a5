# An exception escaping gather is raised in the awaiting coroutine.
import asyncio

async def ok(delay):
    await asyncio.sleep(delay)
    print("ok finished", delay)
    return delay

async def bad():
    await asyncio.sleep(0.02)
    raise ValueError("bad thing")

async def main():
    try:
        await asyncio.gather(ok(0.15), bad(), ok(0.3))
    except ValueError as e:
        print("caught:", type(e).__name__, e)
    await asyncio.sleep(0.5)
    print("main end")

asyncio.run(main())
