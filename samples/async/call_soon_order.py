# loop.call_soon callbacks run in FIFO order when main yields.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_running_loop())
    for i in range(4):
        loop.call_soon(print, "callback", i)
    loop.call_soon(lambda: print("lambda callback"))
    print("scheduled, not run yet")
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
