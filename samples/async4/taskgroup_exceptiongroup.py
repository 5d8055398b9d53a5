# Catching the TaskGroup's ExceptionGroup with plain except; printing
# eg.exceptions and str(eg).
import asyncio

async def fail(name, delay, exc_type):
    await asyncio.sleep(delay)
    raise exc_type(name + " failed")

async def fail_on(name, ev, exc_type):
    await ev.wait()
    raise exc_type(name + " failed")

async def sleeper(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    ev = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            # a and b are woken by the same Event and fail in the same step
            tg.create_task(fail_on("a", ev, ValueError))
            tg.create_task(fail_on("b", ev, OSError))
            tg.create_task(sleeper("c"))
            await asyncio.sleep(0.01)
            ev.set()
    except ExceptionGroup as eg:
        print("type:", type(eg).__name__)
        print("str:", str(eg))
        print("message:", eg.message)
        print("exceptions:", eg.exceptions)
        print("isinstance BaseExceptionGroup:", isinstance(eg, BaseExceptionGroup))
        match, rest = eg.split(ValueError)
        print("split ValueError:", match.exceptions, "rest:", rest.exceptions)
        sub = eg.subgroup(lambda e: isinstance(e, OSError))
        print("subgroup OSError:", str(sub), sub.exceptions)

    # a single failure is still wrapped in a group
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("only", 0.01, RuntimeError))
    except ExceptionGroup as eg:
        print(str(eg), eg.exceptions)

    # an error raised in the body itself is also grouped and cancels children
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("child"))
            await asyncio.sleep(0.01)
            raise ZeroDivisionError("in body")
    except ExceptionGroup as eg:
        print("body error:", str(eg), eg.exceptions)

asyncio.run(main())
