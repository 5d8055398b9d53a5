# Real time (not virtual): sleeps of 0.2 s and 0.1 s under gather overlap,
# so the whole run takes about 0.2 s, not 0.3 s.
import asyncio
import time


async def nap(d):
    await asyncio.sleep(d)
    return d


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(nap(0.2), nap(0.1))
    elapsed = time.perf_counter() - start
    print(results, round(elapsed, 1))
    assert 0.18 <= elapsed < 0.28, elapsed


asyncio.run(main())
