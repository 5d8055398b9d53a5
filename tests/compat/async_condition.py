import asyncio
async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, 'took', items.pop(0))
async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, items, n)) for n in ('c1', 'c2')]
    await asyncio.sleep(0)
    for v in ('x', 'y'):
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
asyncio.run(main())
