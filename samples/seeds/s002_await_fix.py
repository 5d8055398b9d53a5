# The document's fix, placed inside an async function as its comment says.
import asyncio

async def task():
    print("Running inside an event loop")

async def main():
    await task()  # Works inside async functions or Jupyter Notebook

asyncio.run(main())
