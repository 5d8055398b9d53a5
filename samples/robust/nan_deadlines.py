# NaN and infinite deadlines: a NaN deadline is due as soon as it reaches the
# top of the timer heap (heapq never orders it), an infinite one never fires.
import asyncio


async def waits():
    try:
        await asyncio.wait_for(asyncio.sleep(0.01, 'x'), float('nan'))
    except Exception as e:
        print('wait_for nan:', type(e).__name__)
    print('wait_for inf:', await asyncio.wait_for(asyncio.sleep(0.01, 'y'), float('inf')))
    try:
        async with asyncio.timeout(float('nan')):
            await asyncio.sleep(0.01)
        print('timeout nan: finished')
    except TimeoutError:
        print('timeout nan: TimeoutError')
    async with asyncio.timeout(float('inf')):
        await asyncio.sleep(0.01)
    print('timeout inf: finished')
    await asyncio.sleep(float('nan'))
    print('sleep nan: finished')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, print, 'b fired')
    loop.call_later(float('nan'), print, 'nan fired')
    loop.call_later(0.1, print, 'a fired')
    loop.call_at(float('-inf'), print, '-inf fired')
    h = loop.call_later(float('inf'), print, 'inf fired')
    print('inf when:', h.when())
    await asyncio.sleep(0.3)
    loop.call_later(float('nan'), print, 'nan 2 fired')
    loop.call_later(0, print, 'zero fired')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    h.cancel()
    await waits()
    print('done')

asyncio.run(main())
