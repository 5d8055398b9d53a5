import asyncio

async def say_hello():
    await asyncio.sleep(2)  # Simulating an async task
    print("Hello, Async!")

async def main():
    await say_hello()  # ✅ Allowed because we are inside an async function

asyncio.run(main())  # Running the main function from sync code
