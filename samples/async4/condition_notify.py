# asyncio.Condition: wait() releases the lock; notify(n) and notify_all().
import asyncio

async def consumer(name, cond, log):
    async with cond:
        log.append(name + " waiting")
        await cond.wait()
        log.append(name + " notified, locked=" + str(cond.locked()))

async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(consumer("c" + str(i), cond, log)) for i in range(4)]
    await asyncio.sleep(0.01)
    async with cond:
        log.append("notify(1)")
        cond.notify(1)
    await asyncio.sleep(0.01)
    async with cond:
        log.append("notify(2)")
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        log.append("notify_all()")
        cond.notify_all()
    await asyncio.gather(*tasks)
    for line in log:
        print(line)

    try:
        cond.notify()
    except RuntimeError as e:
        print("notify without lock:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait without lock:", e)

    # a Condition can share an existing Lock
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock locked:", lock.locked())

asyncio.run(main())
