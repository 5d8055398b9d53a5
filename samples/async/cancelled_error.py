# CancelledError caught inside a cancelled task.
import asyncio

async def worker():
    try:
        print("worker sleeping")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker got CancelledError, cleaning up")
        await asyncio.sleep(0.01)
        print("cleanup done")
        raise
    finally:
        print("worker finally")

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn swallowed the cancellation")
    return "stubborn result"

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: task was cancelled:", t.cancelled())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    s.cancel()
    print("main: stubborn ->", await s, s.cancelled())

asyncio.run(main())
