# The "How It Works" fragment with minimal task1/task2 definitions.
import asyncio

async def task1():
    return 1

async def task2():
    return 2

async def main():
    print(await asyncio.gather(task1(), task2()))

asyncio.run(main())
