# asyncio.Lock serializes critical sections.
import asyncio

counter = 0

async def increment(name, lock):
    global counter
    async with lock:
        print(name, "acquired")
        value = counter
        await asyncio.sleep(0.01)
        counter = value + 1
        print(name, "released")

async def unsafe_increment():
    global counter
    value = counter
    await asyncio.sleep(0.01)
    counter = value + 1

async def main():
    global counter
    lock = asyncio.Lock()
    await asyncio.gather(*(increment("t" + str(i), lock) for i in range(3)))
    print("with lock:", counter, "locked:", lock.locked())
    counter = 0
    await asyncio.gather(*(unsafe_increment() for _ in range(3)))
    print("without lock:", counter)
    await lock.acquire()
    print("locked:", lock.locked())
    lock.release()
    print("locked:", lock.locked())

asyncio.run(main())
