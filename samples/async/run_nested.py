# asyncio.run inside a running loop raises RuntimeError; the inner
# coroutine is never awaited (CPython warns on stderr).
import asyncio

async def inner():
    return "inner"

async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("main continues")

asyncio.run(main())
