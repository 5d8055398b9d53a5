import asyncio
async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name
async def main():
    t1 = asyncio.create_task(worker('A', 3))
    t2 = asyncio.create_task(worker('B', 2))
    print('tasks created')
    print(await t1, await t2, t1.done(), t2.result())
asyncio.run(main())
