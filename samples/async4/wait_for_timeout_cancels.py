# wait_for timing out: TimeoutError (the builtin), inner task cancelled,
# the inner clean-up runs before wait_for raises.
import asyncio

async def slow(log):
    try:
        await asyncio.sleep(1)
        log.append("slow finished (never)")
    except asyncio.CancelledError:
        log.append("slow: CancelledError")
        await asyncio.sleep(0.01)
        log.append("slow: cleanup done")
        raise

async def main():
    log = []
    t = asyncio.create_task(slow(log))
    try:
        await asyncio.wait_for(t, timeout=0.05)
    except TimeoutError as e:
        log.append("main: " + type(e).__name__ + " args=" + repr(e.args))
        log.append("is builtin: " + str(type(e) is TimeoutError))
        log.append("is asyncio.TimeoutError: " + str(asyncio.TimeoutError is TimeoutError))
    log.append("task cancelled: " + str(t.cancelled()))
    for line in log:
        print(line)

    # timeout=0 with a coroutine that is not ready
    try:
        await asyncio.wait_for(asyncio.sleep(0.5), timeout=0)
    except TimeoutError:
        print("timeout=0 -> TimeoutError")

asyncio.run(main())
