# A failing child cancels its siblings; the error surfaces as an
# ExceptionGroup that except* splits by type.
import asyncio

async def worker(name, delay, exc=None):
    try:
        await asyncio.sleep(delay)
        if exc is not None:
            print(name, "raising", repr(exc))
            raise exc
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise

async def fail_on(name, ev, exc):
    await ev.wait()
    print(name, "raising", repr(exc))
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("ok", 0.01))
            tg.create_task(worker("bad", 0.03, ValueError("bad input")))
            tg.create_task(worker("slow", 0.5))
            print("body done, waiting")
    except* ValueError as eg:
        print("except* ValueError:", type(eg).__name__, [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("not reached", eg)
    print("after first group")

    # two failures in the same loop step (both woken by one Event);
    # each except* clause gets its part
    ev = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_on("v", ev, ValueError("v")))
            tg.create_task(fail_on("k", ev, KeyError("k")))
            tg.create_task(worker("s", 0.5))
            await asyncio.sleep(0.01)
            ev.set()
    except* ValueError as eg:
        print("ValueError part:", [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyError part:", [repr(e) for e in eg.exceptions])
    print("after second group")

asyncio.run(main())
