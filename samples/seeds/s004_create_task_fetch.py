# 4.7: task = asyncio.create_task(fetch()) inside a running loop.
import asyncio

async def fetch():
    print("fetching")
    return "data"

async def main():
    task = asyncio.create_task(fetch())
    print("task created")
    print(await task)

asyncio.run(main())
