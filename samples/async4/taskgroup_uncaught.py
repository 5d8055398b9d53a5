# An ExceptionGroup from a TaskGroup escapes asyncio.run uncaught.
import asyncio

async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(parse("12"))
        tg.create_task(parse("x1"))
    print("not reached")

asyncio.run(main())
