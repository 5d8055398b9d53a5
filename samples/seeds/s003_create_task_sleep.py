import asyncio

async def taskA():
    print("A: Started")
    await asyncio.sleep(2)
    print("A: Finished after 2s")

async def taskB():
    print("B: Started")
    await asyncio.sleep(1)
    print("B: Finished after 1s")

async def main():
    print("Main: Starting tasks...")
    
    # Start both tasks concurrently
    asyncio.create_task(taskA())
    asyncio.create_task(taskB())
    
    print("Main: All tasks started!")
    
    # Let the event loop keep running for 3 seconds
    await asyncio.sleep(3)
    
    print("Main: Exiting")

# Run the event loop
asyncio.run(main())
