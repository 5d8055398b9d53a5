# Task methods: done, result, exception, cancel, cancelled, get_name, add_done_callback.
import asyncio

async def value(x):
    await asyncio.sleep(0.01)
    return x

async def failing():
    await asyncio.sleep(0.01)
    raise KeyError("nope")

async def forever():
    await asyncio.sleep(10)

def on_done(task):
    print("callback for", task.get_name(), "cancelled =", task.cancelled())

async def main():
    t1 = asyncio.create_task(value(5), name="value-task")
    t1.add_done_callback(on_done)
    print(t1.get_name(), t1.done())
    try:
        t1.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t1
    print(t1.done(), t1.result(), t1.exception(), t1.cancelled())

    t2 = asyncio.create_task(failing(), name="failing-task")
    await asyncio.sleep(0.05)
    print(t2.done(), repr(t2.exception()))
    try:
        t2.result()
    except KeyError as e:
        print("result() raised KeyError", e)

    t3 = asyncio.create_task(forever(), name="forever-task")
    t3.add_done_callback(on_done)
    await asyncio.sleep(0)
    print("cancel() ->", t3.cancel())
    try:
        await t3
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(t3.cancelled(), t3.done(), t3.cancel())
    try:
        t3.result()
    except asyncio.CancelledError:
        print("result() of cancelled task raises CancelledError")
    t4 = asyncio.create_task(value(1))
    t4.set_name("renamed")
    print(t4.get_name(), await t4)

asyncio.run(main())
