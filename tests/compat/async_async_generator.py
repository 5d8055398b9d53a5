import asyncio
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main():
    async for v in ticker(3):
        print('tick', v)
    print([v async for v in ticker(4) if v % 2 == 0])
asyncio.run(main())
