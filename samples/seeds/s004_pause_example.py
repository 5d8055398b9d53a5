import asyncio

async def example():
    print("Before")
    await asyncio.sleep(2)   # coroutine suspends here
    print("After")

asyncio.run(example())
