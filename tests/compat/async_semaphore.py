import asyncio
async def limited(sem, i, active):
    async with sem:
        active.append(i)
        print('start', i, 'active', len(active))
        await asyncio.sleep(0.01)
        active.remove(i)
async def main():
    sem = asyncio.Semaphore(2)
    active = []
    await asyncio.gather(*(limited(sem, i, active) for i in range(5)))
    print('done', sem.locked())
asyncio.run(main())
