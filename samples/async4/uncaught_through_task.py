# An exception raised two awaits deep inside a task, awaited by main,
# escapes asyncio.run: full traceback and exit status 1.
import asyncio

async def load(key):
    await asyncio.sleep(0.01)
    return {"a": 1}[key]

async def process(key):
    value = await load(key)
    return value * 2

async def main():
    print("a ->", await asyncio.create_task(process("a")))
    task = asyncio.create_task(process("b"))
    result = await task
    print("not reached", result)

asyncio.run(main())
