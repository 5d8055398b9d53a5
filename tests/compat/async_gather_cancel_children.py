import asyncio
async def slow(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise
async def main():
    g = asyncio.gather(slow(1), slow(2))
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')
asyncio.run(main())
