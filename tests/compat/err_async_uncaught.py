import asyncio
async def inner():
    await asyncio.sleep(0)
    raise RuntimeError('async failure')
async def main():
    await inner()
asyncio.run(main())
