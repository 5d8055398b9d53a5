# An exception escaping asyncio.run: traceback and exit status 1.
import asyncio

async def fetch(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise ConnectionError("fetch " + str(n) + " failed")
    return n

async def main():
    for i in range(3):
        print("fetched", await fetch(i))

asyncio.run(main())
print("never printed")
