import asyncio

async def say_hello():
    await asyncio.sleep(2)
    print("Hello, Async!")

asyncio.run(say_hello())  # ✅ Runs the coroutine from sync code
