# A task never awaited still finishes because main sleeps longer.
import asyncio

async def background():
    print("background start")
    await asyncio.sleep(0.05)
    print("background end")

async def main():
    asyncio.create_task(background())
    print("main sleeping")
    await asyncio.sleep(0.2)
    print("main done")

asyncio.run(main())
print("after run")
