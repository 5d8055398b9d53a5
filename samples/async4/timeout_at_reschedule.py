# asyncio.timeout_at with an absolute deadline, and reschedule().
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout_at(loop.time() + 0.05) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        elapsed = loop.time() - start
        print("timeout_at fired: at/after the deadline", elapsed >= 0.049, "well before 1 s", elapsed < 0.5)
    print("expired:", cm.expired())

    # push the deadline further: the work now completes
    async with asyncio.timeout(0.02) as cm:
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0.05)
        print("rescheduled block finished, expired:", cm.expired())

    # start with no deadline, then set one
    start = loop.time()
    try:
        async with asyncio.timeout(None) as cm:
            print("initial when:", cm.when())
            cm.reschedule(loop.time() + 0.03)
            print("when set:", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        elapsed = loop.time() - start
        print("rescheduled from None fired: after 0.03", elapsed >= 0.029, "well before 1 s", elapsed < 0.5)

    # reschedule to None disables it
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.05)
    print("disabled timeout did not fire:", cm.expired())

    # a deadline in the past fires at the first await
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts even with a past deadline")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline -> TimeoutError")

asyncio.run(main())
