# 4.3: calling the coroutine function only creates a coroutine object.
import asyncio

async def fetch():
    print("fetching")
    return "data"

coro = fetch()
print(type(coro).__name__, asyncio.iscoroutine(coro))
print(asyncio.run(coro))
