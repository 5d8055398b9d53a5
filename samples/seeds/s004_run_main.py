# "We start the loop with: asyncio.run(main())", with a tiny main.
import asyncio

async def main():
    print("main running")

asyncio.run(main())
