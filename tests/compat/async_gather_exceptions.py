import asyncio
async def ok(v):
    await asyncio.sleep(0)
    return v
async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def main():
    print(await asyncio.gather(ok(1), bad('x'), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), bad('first'))
    except ValueError as e:
        print('caught', e)
    print(await asyncio.gather())
asyncio.run(main())
