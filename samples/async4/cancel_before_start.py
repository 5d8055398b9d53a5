# A task cancelled before its first step never runs its body.
import asyncio

async def body():
    print("body ran (never printed)")
    try:
        await asyncio.sleep(1)
    finally:
        print("body finally (never printed)")

async def main():
    t = asyncio.create_task(body())
    print("cancel():", t.cancel("early"))
    print("done right after cancel:", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting it raises CancelledError", e.args)
    print("cancelled:", t.cancelled())

asyncio.run(main())
