import asyncio

async def task(name, delay):
    print(f"{name} started")
    await asyncio.sleep(delay)     # non-blocking, lets event loop run other tasks
    print(f"{name} finished after {delay}s")
    return f"{name} result"

async def main():
    results = await asyncio.gather(
        task("Task1", 2),
        task("Task2", 1),
        task("Task3", 3)
    )
    print("Results:", results)

asyncio.run(main())
# Starts the event loop.
# Runs main() until completion.
