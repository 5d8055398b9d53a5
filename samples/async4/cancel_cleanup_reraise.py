# except CancelledError cleans up (even with awaits) and re-raises; finally runs.
import asyncio

events = []

async def resource_user(name):
    events.append(name + " open")
    try:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            events.append(name + " cleanup start")
            await asyncio.sleep(0.01)
            events.append(name + " cleanup end")
            raise
        finally:
            events.append(name + " inner finally")
    finally:
        events.append(name + " close")

async def main():
    tasks = [asyncio.create_task(resource_user(n)) for n in ("a", "b")]
    await asyncio.sleep(0.01)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for e in events:
        print(e)
    print([type(r).__name__ for r in results])
    print([t.cancelled() for t in tasks])

asyncio.run(main())
