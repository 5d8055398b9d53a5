# time.sleep blocks the whole event loop; asyncio.sleep does not.
import asyncio
import time

async def blocker():
    print("blocker start")
    time.sleep(0.2)
    print("blocker end")

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.05)

async def main():
    await asyncio.gather(blocker(), ticker())

asyncio.run(main())
