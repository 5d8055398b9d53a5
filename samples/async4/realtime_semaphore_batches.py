# 9 jobs of 0.1 s behind Semaphore(3) run in three waves: ~0.3 s total.
# Wave membership is printed from the job start times.
import asyncio
import time

def tenths(seconds):
    # Tenths of a second, tolerating up to 70 ms of scheduling lateness on a
    # busy machine (a sleep never ends early, so no tolerance below).
    return int((seconds + 0.03) * 10) / 10

async def job(i, sem, t0, starts):
    async with sem:
        starts[i] = tenths(time.perf_counter() - t0)
        await asyncio.sleep(0.1)

async def main():
    sem = asyncio.Semaphore(3)
    starts = {}
    t0 = time.perf_counter()
    await asyncio.gather(*(job(i, sem, t0, starts) for i in range(9)))
    print("total", tenths(time.perf_counter() - t0))
    waves = {}
    for i, s in sorted(starts.items()):
        waves.setdefault(s, []).append(i)
    for s in sorted(waves):
        print("start", s, "jobs", waves[s])

asyncio.run(main())
