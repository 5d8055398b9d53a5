import asyncio
async def w(d):
    await asyncio.sleep(d)
async def main():
    t = asyncio.create_task(w(0.01))
    await asyncio.sleep(0)
    t.cancel('why')
    try:
        await t
    except asyncio.CancelledError as e:
        print('await', repr(e))
    for _ in range(2):
        try:
            t.result()
        except asyncio.CancelledError as e:
            print('result', repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print('exception', repr(e))
    t2 = asyncio.create_task(w(0.01))
    t3 = asyncio.create_task(w(0.01))
    await asyncio.sleep(0)
    t2.cancel('m2')
    print(await asyncio.gather(t2, t3, return_exceptions=True))
    f = asyncio.get_running_loop().create_future()
    f.cancel('fm')
    for _ in range(2):
        try:
            f.result()
        except asyncio.CancelledError as e:
            print('future', repr(e))
asyncio.run(main())
