import asyncio
async def limited(sem, i, active, peak):
    async with sem:
        print('start', i)
        active.append(i)
        peak.append(len(active))
        await asyncio.sleep(0.01)
        active.remove(i)
async def main():
    sem = asyncio.Semaphore(2)
    active, peak = [], []
    await asyncio.gather(*(limited(sem, i, active, peak) for i in range(5)))
    print('max concurrent', max(peak), 'locked', sem.locked())
asyncio.run(main())
