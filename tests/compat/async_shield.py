import asyncio
async def important():
    await asyncio.sleep(0.3)
    print('important finished')
    return 'kept'
async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.1)
    except TimeoutError:
        print('outer timed out')
    print(await inner)
asyncio.run(main())
