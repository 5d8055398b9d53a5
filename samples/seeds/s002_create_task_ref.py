# The "GOOD" fragment, with the kept task awaited.
import asyncio

async def my_task():
    print("my_task running")
    await asyncio.sleep(1)
    print("my_task done")

async def main():
    task = asyncio.create_task(my_task())  # GOOD
    await task

asyncio.run(main())
