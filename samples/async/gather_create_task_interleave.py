# Interleaving of create_task and gather.
import asyncio

async def step(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    return name

async def main():
    t = asyncio.create_task(step("task", 3))
    print("task created")
    res = await asyncio.gather(step("g1", 2), step("g2", 2))
    print("gather done", res, "task done:", t.done())
    print("task result", await t)

asyncio.run(main())
