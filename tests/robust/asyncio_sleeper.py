import asyncio, sys

async def worker():
    try:
        await asyncio.sleep(3600)
    finally:
        print('worker cancelled')

async def main():
    asyncio.create_task(worker())
    print('ready')
    sys.stdout.flush()
    try:
        await asyncio.sleep(3600)
    finally:
        print('main cleanup')

asyncio.run(main())
