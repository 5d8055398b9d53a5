# asyncio.Event: wait/set/clear/is_set; set wakes every waiter.
import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke, wait() returned", r)

async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    print("is_set:", ev.is_set())
    await asyncio.gather(*tasks)
    print("wait on a set event returns at once:", await ev.wait())
    ev.clear()
    print("after clear is_set:", ev.is_set())

    t = asyncio.create_task(waiter("w4", ev))
    await asyncio.sleep(0.01)
    ev.set()
    ev.clear()
    await asyncio.sleep(0.01)
    print("w4 done after set+clear:", t.done())

    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except TimeoutError:
        print("wait timed out, is_set:", ev.is_set())

asyncio.run(main())
