import asyncio

async def task1():
    print("Task 1 started")
    await asyncio.sleep(2)  # Simulates an I/O operation
    print("Task 1 completed")

async def task2():
    print("Task 2 started")
    await asyncio.sleep(1)
    print("Task 2 completed")

async def main():
    # Run both tasks concurrently
    await asyncio.gather(task1(), task2())

# Run the event loop
asyncio.run(main())
