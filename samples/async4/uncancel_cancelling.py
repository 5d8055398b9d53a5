# Task.cancelling() counts pending cancel requests; uncancel() decrements it.
import asyncio

async def swallow():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            print("swallow: cancelled, cancelling() =", me.cancelling())
            left = me.uncancel()
            print("swallow: after uncancel() ->", left)
    return "survived"

async def main():
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0.01)
    print("before cancel:", t.cancelling())
    t.cancel()
    print("after one cancel:", t.cancelling())
    t.cancel()
    print("after two cancels:", t.cancelling())
    await asyncio.sleep(0.01)
    print("after task handled it:", t.cancelling())
    t.cancel()
    await asyncio.sleep(0.01)
    t.cancel()
    print("result:", await t, "cancelled:", t.cancelled())
    me = asyncio.current_task()
    print("main cancelling:", me.cancelling(), "uncancel on 0:", me.uncancel())

asyncio.run(main())
