# cancel() returns True when a cancel request was made, False on done tasks.
import asyncio

async def quick():
    return 42

async def slow():
    await asyncio.sleep(1)

async def boom():
    raise ValueError("boom")

async def main():
    q = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("quick done:", q.done(), "cancel():", q.cancel(), "cancelled():", q.cancelled())
    print("quick result still", q.result())

    s = asyncio.create_task(slow())
    await asyncio.sleep(0.01)
    print("slow cancel():", s.cancel())
    print("slow cancel() again:", s.cancel())
    print("slow done before yield:", s.done(), "cancelled:", s.cancelled())
    await asyncio.sleep(0)
    print("slow done after yield:", s.done(), "cancelled:", s.cancelled())
    print("cancel() on cancelled task:", s.cancel())

    b = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("boom cancel():", b.cancel(), "cancelled():", b.cancelled())
    print("boom exception:", repr(b.exception()))

    fut = asyncio.get_running_loop().create_future()
    print("future cancel():", fut.cancel(), fut.cancel(), fut.cancelled())
    f2 = asyncio.get_running_loop().create_future()
    f2.set_result("x")
    print("done future cancel():", f2.cancel(), f2.cancelled())

asyncio.run(main())
