# Cancelling a task that awaits another task cancels the awaited task too.
import asyncio

async def leaf():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("leaf cancelled")
        raise

async def middle():
    inner = asyncio.create_task(leaf())
    try:
        await inner
    except asyncio.CancelledError:
        print("middle cancelled; inner cancelled:", inner.cancelled())
        raise

async def top():
    try:
        await middle()
    except asyncio.CancelledError:
        print("top cancelled")
        raise

async def main():
    t = asyncio.create_task(top())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: top cancelled:", t.cancelled())

asyncio.run(main())
