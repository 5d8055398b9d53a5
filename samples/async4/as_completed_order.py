# asyncio.as_completed yields results in completion order, not input order.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise LookupError(name)
    return name

async def main():
    coros = [job("slow", 0.15), job("fast", 0.01), job("mid", 0.08), job("faster", 0.04)]
    for i, fut in enumerate(asyncio.as_completed(coros)):
        print(i, await fut)

    coros = [job("a", 0.05), job("b", 0.01, fail=True), job("c", 0.1)]
    for fut in asyncio.as_completed(coros):
        try:
            print("got", await fut)
        except LookupError as e:
            print("failed", repr(e))

    try:
        for fut in asyncio.as_completed([job("x", 0.01), job("y", 0.5)], timeout=0.1):
            print("within timeout:", await fut)
    except TimeoutError:
        print("as_completed timed out")

asyncio.run(main())
