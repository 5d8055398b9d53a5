# 4.2: x = f() makes a coroutine object; await x runs it (inside main).
import asyncio

async def f():
    await asyncio.sleep(1)
    return 10

async def main():
    x = f()
    print(type(x).__name__)
    print(await x)

asyncio.run(main())
