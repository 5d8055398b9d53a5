# A task cancelled in sleep(0): CPython's traceback shows __sleep0's yield.
import asyncio

async def main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

asyncio.run(main())
