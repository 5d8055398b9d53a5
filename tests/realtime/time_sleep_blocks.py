# Real time: time.sleep blocks the whole loop, so two tasks that each call
# time.sleep(0.1) take about 0.2 s together.
import asyncio
import time


async def blocker(name):
    time.sleep(0.1)
    return name


async def main():
    start = time.perf_counter()
    await asyncio.gather(blocker("a"), blocker("b"))
    elapsed = time.perf_counter() - start
    print(round(elapsed, 1))
    assert 0.18 <= elapsed < 0.3, elapsed


asyncio.run(main())
