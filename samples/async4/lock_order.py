# asyncio.Lock: waiters acquire in FIFO order; locked(); release errors.
import asyncio

async def worker(name, lock, log):
    log.append(name + " wants")
    async with lock:
        log.append(name + " holds (locked=" + str(lock.locked()) + ")")
        await asyncio.sleep(0.01)
    log.append(name + " released")

async def main():
    lock = asyncio.Lock()
    log = []
    tasks = [asyncio.create_task(worker(n, lock, log)) for n in "ABCD"]
    await asyncio.gather(*tasks)
    for line in log:
        print(line)
    print("locked at end:", lock.locked())

    print("acquire returns:", await lock.acquire())
    t = asyncio.create_task(worker("E", lock, log))
    await asyncio.sleep(0.02)
    print("E waiting, done:", t.done())
    lock.release()
    await t
    print(log[-2:])

    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", e)

    # a cancelled waiter does not get the lock
    await lock.acquire()
    w = asyncio.create_task(worker("F", lock, log))
    await asyncio.sleep(0.01)
    w.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.sleep(0.01)
    print("F cancelled:", w.cancelled(), "locked:", lock.locked(), log[-1])

asyncio.run(main())
