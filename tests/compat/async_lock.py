import asyncio
lock = None
async def critical(name):
    async with lock:
        print(name, 'in')
        await asyncio.sleep(0.01)
        print(name, 'out')
async def main():
    global lock
    lock = asyncio.Lock()
    print('locked?', lock.locked())
    await asyncio.gather(critical('a'), critical('b'), critical('c'))
    print('locked?', lock.locked())
asyncio.run(main())
