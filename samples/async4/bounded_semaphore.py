# BoundedSemaphore raises ValueError when released more than acquired.
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        print("inside, locked:", sem.locked())
        async with sem:
            print("inside twice, locked:", sem.locked())
    print("after, locked:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("over-release:", type(e).__name__, e)
    await sem.acquire()
    sem.release()
    print("balanced acquire/release fine")
    print("is a Semaphore:", isinstance(sem, asyncio.Semaphore))

asyncio.run(main())
