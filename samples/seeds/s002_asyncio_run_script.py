import asyncio

async def task():
    print("Running inside an event loop")

asyncio.run(task())  # ❌ ERROR in Jupyter or nested async functions
