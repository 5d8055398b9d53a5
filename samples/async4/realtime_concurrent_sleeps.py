# Concurrent sleeps overlap: gather of three sleeps takes as long as the
# longest, sequential awaits take the sum (measured with perf_counter).
import asyncio
import time

def tenths(seconds):
    # Tenths of a second, tolerating up to 70 ms of scheduling lateness on a
    # busy machine (a sleep never ends early, so no tolerance below).
    return int((seconds + 0.03) * 10) / 10

async def nap(d):
    await asyncio.sleep(d)
    return d

async def main():
    t0 = time.perf_counter()
    r = await asyncio.gather(nap(0.1), nap(0.2), nap(0.3))
    print("gather", r, "took", tenths(time.perf_counter() - t0))
    t0 = time.perf_counter()
    for d in (0.1, 0.2, 0.3):
        await nap(d)
    print("sequential took", tenths(time.perf_counter() - t0))
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for _ in range(50):
            tg.create_task(nap(0.2))
    print("50 tasks in a TaskGroup took", tenths(time.perf_counter() - t0))

asyncio.run(main())
