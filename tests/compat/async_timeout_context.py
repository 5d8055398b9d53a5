import asyncio
async def main():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(0.05)
    except TimeoutError:
        print('timeout expired')
    async with asyncio.timeout(0.05):
        await asyncio.sleep(0)
    print('in time')
asyncio.run(main())
