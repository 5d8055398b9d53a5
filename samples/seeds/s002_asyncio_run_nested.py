# The document's asyncio.run(task()) placed inside an already running loop
# ("nested async functions"): RuntimeError, and task() is never awaited.
import asyncio

async def task():
    print("Running inside an event loop")

async def main():
    asyncio.run(task())  # ❌ ERROR in Jupyter or nested async functions

asyncio.run(main())
