import asyncio
async def boom():
    await asyncio.sleep(0)
    raise KeyError('missing')
async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except KeyError as e:
        print('result raised', repr(e))
asyncio.run(main())
