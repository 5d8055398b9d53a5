import asyncio
async def f():
    return 1
c = f()
print(type(c).__name__)
print(asyncio.run(c))
try:
    asyncio.run(f)
except (ValueError, TypeError) as e:
    print(type(e).__name__, str(e).startswith('a coroutine was expected'))
