# asyncio.TimeoutError is the builtin TimeoutError in 3.11.
import asyncio

print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.TimeoutError, OSError))
print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except TimeoutError as e:
        print("caught as TimeoutError:", type(e).__name__, repr(str(e)))

asyncio.run(main())
