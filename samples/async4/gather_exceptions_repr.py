# gather(return_exceptions=True) puts exception objects in the result list.
import asyncio

class AppError(Exception):
    pass

async def value(v):
    await asyncio.sleep(0.01)
    return v

async def raises(exc):
    await asyncio.sleep(0.01)
    raise exc

async def cancelled_one():
    await asyncio.sleep(1)

async def main():
    c = asyncio.create_task(cancelled_one())
    await asyncio.sleep(0)
    c.cancel()
    results = await asyncio.gather(
        value(1),
        raises(ValueError("bad value")),
        value("two"),
        raises(KeyError("k")),
        raises(AppError("app", 3)),
        raises(ZeroDivisionError()),
        c,
        value(None),
        return_exceptions=True,
    )
    for r in results:
        print(repr(r))
    print([isinstance(r, BaseException) for r in results])

asyncio.run(main())
