import asyncio
async def compute(x):
    await asyncio.sleep(0)
    return x * 2
print(asyncio.run(compute(21)))
async def nested():
    return await compute(await compute(1))
print(asyncio.run(nested()))
c = compute(2)
print(asyncio.iscoroutine(c), asyncio.run(c))
