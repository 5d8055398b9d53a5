# 4.5 "Invalid": calling fetch() without awaiting never runs it and
# CPython warns: RuntimeWarning: coroutine 'fetch' was never awaited.
import asyncio

async def fetch():
    print("fetching")
    return "data"

fetch()
print("fetch() was called but never ran")
