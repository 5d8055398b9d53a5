# Sequential vs concurrent timing (rounded to whole seconds).
import asyncio
import time

async def task(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    start = time.perf_counter()
    await task("A", 2)
    await task("B", 2)
    print("sequential:", round(time.perf_counter() - start), "seconds")
    start = time.perf_counter()
    print(await asyncio.gather(task("A", 2), task("B", 2)))
    print("concurrent:", round(time.perf_counter() - start), "seconds")

asyncio.run(main())
