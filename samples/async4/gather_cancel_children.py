# Cancelling the future returned by gather cancels every child.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise

async def main():
    g = asyncio.gather(child("a", 0.01), child("b", 0.5), child("c", 0.6))
    await asyncio.sleep(0.05)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; cancelled():", g.cancelled())

    # cancelling the task that awaits gather also cancels the children
    async def parent():
        return await asyncio.gather(child("x", 0.5), child("y", 0.5))
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", p.cancelled())

    # cancelling one child (not the gather) -> gather raises CancelledError
    t1 = asyncio.create_task(child("p", 0.15))
    t2 = asyncio.create_task(child("q", 0.5))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0.01)
    t2.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("one child cancelled -> gather raised CancelledError")
    await asyncio.sleep(0.2)
    print("t1 still finished:", t1.result())

asyncio.run(main())
