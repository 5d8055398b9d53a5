# asyncio.Event wakes all waiters.
import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke up")

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter("w" + str(i), ev)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("is_set", ev.is_set())
    ev.set()
    print("event set")
    await asyncio.gather(*tasks)
    print("is_set", ev.is_set())
    await ev.wait()
    print("wait on a set event returns at once")
    ev.clear()
    print("is_set", ev.is_set())

asyncio.run(main())
