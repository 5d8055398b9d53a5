# asyncio.sleep(delay, result) returns result.
import asyncio

async def main():
    v = await asyncio.sleep(0.01, "woke up")
    print(v)
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, result=42))
    print(await asyncio.gather(asyncio.sleep(0.02, "a"), asyncio.sleep(0.01, "b")))

asyncio.run(main())
