# asyncio.wait_for returning a value, re-raising the inner exception,
# and accepting a Task or a coroutine.
import asyncio

async def compute(x, delay):
    await asyncio.sleep(delay)
    return x * 2

async def fails():
    await asyncio.sleep(0.01)
    raise KeyError("missing")

async def main():
    print("coroutine:", await asyncio.wait_for(compute(21, 0.01), timeout=1))
    t = asyncio.create_task(compute(5, 0.02))
    print("task:", await asyncio.wait_for(t, timeout=1), "done:", t.done())
    print("timeout=None:", await asyncio.wait_for(compute(1, 0.01), timeout=None))
    try:
        await asyncio.wait_for(fails(), timeout=1)
    except KeyError as e:
        print("inner exception passes through:", repr(e))
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.wait_for(compute(0, 0.05), timeout=10)
    print("did not wait for the full timeout:", round(loop.time() - start, 2) < 1)

asyncio.run(main())
