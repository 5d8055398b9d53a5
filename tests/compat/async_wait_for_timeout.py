import asyncio
async def slow():
    try:
        await asyncio.sleep(0.05)
        return 'slow done'
    except asyncio.CancelledError:
        print('slow cancelled')
        raise
async def main():
    print(await asyncio.wait_for(asyncio.sleep(0, 'quick'), timeout=0.05))
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print('timed out', asyncio.TimeoutError is TimeoutError)
asyncio.run(main())
