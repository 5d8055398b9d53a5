import asyncio

async def say_hello():
    print("Hello...")
    await asyncio.sleep(5)   # non-blocking sleep
    print("World!")

asyncio.run(say_hello())
print("Hello Outside coroutines")
