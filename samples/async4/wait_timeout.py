# asyncio.wait(timeout=...) returns what is done by then; it never raises
# TimeoutError and does not cancel the pending tasks.
import asyncio

async def job(delay):
    await asyncio.sleep(delay)
    return delay

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    tasks = [asyncio.create_task(job(d), name="t" + str(i))
             for i, d in enumerate([0.01, 0.3, 0.02, 0.4])]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print("done:", names(done), "pending:", names(pending))
    print("pending cancelled?", [t.cancelled() for t in sorted(pending, key=lambda t: t.get_name())])
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print("after cancel:", names(done), names(pending), sorted(t.cancelled() for t in done))

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("empty:", e)
    coro = asyncio.sleep(0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("coroutine:", e)
    finally:
        coro.close()

asyncio.run(main())
