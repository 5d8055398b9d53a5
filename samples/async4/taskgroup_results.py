# asyncio.TaskGroup: async with waits for every child; results via task.result().
import asyncio

async def square(x, delay):
    await asyncio.sleep(delay)
    print("square", x, "done")
    return x * x

async def spawner(tg, n):
    # children may start more children in the same group
    await asyncio.sleep(0)
    return tg.create_task(square(n, 0.01), name="late")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(i, 0.2 - i * 0.04), name="sq" + str(i)) for i in range(4)]
        sp = tg.create_task(spawner(tg, 10))
        print("inside the block, done:", [t.done() for t in tasks])
    print("after the block, done:", [t.done() for t in tasks])
    print("results:", [t.result() for t in tasks])
    print("names:", [t.get_name() for t in tasks])
    late = sp.result()
    print("late child:", late.get_name(), late.result())
    elapsed = loop.time() - start
    print("concurrent: took at least 0.2 s", elapsed >= 0.199, "but less than the 0.56 s sum", elapsed < 0.56)

    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")

    coro = square(1, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("create_task after exit:", e)
    finally:
        coro.close()

asyncio.run(main())
