# Task.cancel(msg): the message shows up in the CancelledError's args.
import asyncio

async def sleeper(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "inside: args =", e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0.01)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter: args =", e.args)
    print("cancelled():", t.cancelled())

    t2 = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0.01)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("no message: args =", e.args)

    t3 = asyncio.create_task(sleeper("t3"))
    await asyncio.sleep(0.01)
    t3.cancel(msg="keyword message")
    await asyncio.sleep(0.01)
    try:
        t3.result()
    except asyncio.CancelledError as e:
        print("result() raises: args =", e.args)
    try:
        t3.exception()
    except asyncio.CancelledError as e:
        print("exception() raises: args =", e.args)

asyncio.run(main())
