# A task that raises and is never awaited: CPython logs "Task exception was
# never retrieved" on stderr when the task is garbage-collected.
import asyncio

async def faulty():
    await asyncio.sleep(0.01)
    raise ValueError("nobody looks at me")

async def main():
    asyncio.create_task(faulty())
    await asyncio.sleep(0.05)
    print("main returns without awaiting the task")

asyncio.run(main())
print("after run")
