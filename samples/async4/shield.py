# asyncio.shield: cancelling the outer await does not cancel the inner task.
import asyncio

async def important():
    print("important: start")
    await asyncio.sleep(0.1)
    print("important: finished")
    return "saved"

async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller: cancelled while waiting on the shield")
        raise

async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("main: outer cancelled:", outer.cancelled())
    print("main: inner done yet?", inner.done())
    print("main: inner result:", await inner, "inner cancelled:", inner.cancelled())

    # shielding a coroutine wraps it in a task
    inner2 = asyncio.shield(asyncio.sleep(0.01, result="from coroutine"))
    print("shield of coroutine:", await inner2)

    # cancelling the inner task directly does propagate through shield
    inner3 = asyncio.create_task(asyncio.sleep(1))
    waiter = asyncio.create_task(caller(inner3))
    await asyncio.sleep(0.01)
    inner3.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("inner cancelled directly -> waiter cancelled:", waiter.cancelled())

asyncio.run(main())
