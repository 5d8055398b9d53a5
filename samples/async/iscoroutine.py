# asyncio.iscoroutine / iscoroutinefunction.
import asyncio

async def coro_fn():
    return 1

def plain_fn():
    return 1

def gen_fn():
    yield 1

async def main():
    c = coro_fn()
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain_fn), asyncio.iscoroutinefunction(gen_fn))
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(gen_fn()), asyncio.iscoroutine(1))
    t = asyncio.create_task(coro_fn())
    print(asyncio.iscoroutine(t), isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    print(await c, await t)
    print(type(c).__name__, type(t).__name__)

asyncio.run(main())
