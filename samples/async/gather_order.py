# gather returns results in argument order even when finishing out of order.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name + "-result"

async def main():
    results = await asyncio.gather(job("slow", 0.3), job("fast", 0.02), job("medium", 0.15))
    print(results)
    print(await asyncio.gather())
    print(await asyncio.gather(job("only", 0)))

asyncio.run(main())
