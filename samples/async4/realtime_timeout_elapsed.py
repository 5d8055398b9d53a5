# A timeout cuts a long sleep short; the elapsed time matches the timeout,
# not the sleep (perf_counter and loop.time agree).
import asyncio
import time

def tenths(seconds):
    # Tenths of a second, tolerating up to 70 ms of scheduling lateness on a
    # busy machine (a sleep never ends early, so no tolerance below).
    return int((seconds + 0.03) * 10) / 10

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.perf_counter()
    l0 = loop.time()
    try:
        async with asyncio.timeout(0.2):
            await asyncio.sleep(5)
    except TimeoutError:
        pass
    print("timeout after", tenths(time.perf_counter() - t0), "loop", tenths(loop.time() - l0))
    t0 = time.perf_counter()
    try:
        await asyncio.wait_for(asyncio.sleep(5), 0.3)
    except TimeoutError:
        print("wait_for gave up after", tenths(time.perf_counter() - t0))
    t0 = time.perf_counter()
    done, pending = await asyncio.wait(
        [asyncio.create_task(asyncio.sleep(d)) for d in (0.1, 0.5)], timeout=0.2)
    print("wait returned after", tenths(time.perf_counter() - t0), len(done), len(pending))
    for t in pending:
        t.cancel()

asyncio.run(main())
