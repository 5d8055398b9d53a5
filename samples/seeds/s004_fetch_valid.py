# 4.5 "Valid": asyncio.run(fetch()).
import asyncio

async def fetch():
    print("fetching")
    return "data"

print(asyncio.run(fetch()))
