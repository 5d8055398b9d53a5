# asyncio.Semaphore caps how many tasks run a section at the same time.
import asyncio

active = 0
max_active = 0
order = []

async def job(i, sem):
    global active, max_active
    async with sem:
        active += 1
        max_active = max(max_active, active)
        order.append(i)
        await asyncio.sleep(0.01 * (1 + i % 3))
        active -= 1

async def main():
    global max_active
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(job(i, sem) for i in range(12)))
    print("max concurrent:", max_active)
    print("start order:", order)
    print("locked:", sem.locked())

    max_active = 0
    sem1 = asyncio.Semaphore(1)
    await asyncio.gather(*(job(i, sem1) for i in range(4)))
    print("with Semaphore(1):", max_active)

    s = asyncio.Semaphore(2)
    await s.acquire()
    print("after 1 acquire locked:", s.locked())
    await s.acquire()
    print("after 2 acquires locked:", s.locked())
    s.release()
    s.release()
    s.release()  # plain Semaphore allows going above the initial value
    print("released three times, locked:", s.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("negative:", e)

asyncio.run(main())
