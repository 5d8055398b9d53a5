# asyncio.sleep(0) gives round-robin scheduling between three tasks.
import asyncio

order = []

async def worker(name):
    for i in range(3):
        order.append(name + str(i))
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(worker("A"), worker("B"), worker("C"))
    print(" ".join(order))

asyncio.run(main())
