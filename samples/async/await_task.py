# Awaiting a Task; the task starts running as soon as main yields.
import asyncio

async def work(name):
    print(name, "started")
    await asyncio.sleep(0.02)
    print(name, "finished")
    return name.upper()

async def main():
    t = asyncio.create_task(work("job"))
    print("task created, done =", t.done())
    await asyncio.sleep(0)
    print("after one yield")
    r = await t
    print("awaited task ->", r, "done =", t.done())
    print("awaiting again ->", await t)

asyncio.run(main())
