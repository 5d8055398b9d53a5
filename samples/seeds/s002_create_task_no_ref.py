# The "BAD" fragment: the task is not kept and main returns at once; the task
# gets its first step (already scheduled) but asyncio.run then cancels it while
# it sleeps, so "my_task done" is never printed.
import asyncio

async def my_task():
    print("my_task running")
    await asyncio.sleep(1)
    print("my_task done")

async def main():
    asyncio.create_task(my_task())  # BAD: Task may not complete
    print("main returns")

asyncio.run(main())
