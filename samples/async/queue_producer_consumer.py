# Producer/consumer with asyncio.Queue.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("produced", i)
        await asyncio.sleep(0.01)
    await q.put(None)

async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print("consumed", item)
        total += item
        q.task_done()
    return total

async def main():
    q = asyncio.Queue()
    prod = asyncio.create_task(producer(q, 4))
    total = await consumer(q)
    await prod
    await q.join()
    print("total", total, "empty", q.empty(), "size", q.qsize())
    bq = asyncio.Queue(maxsize=1)
    await bq.put("a")
    print("full", bq.full())
    try:
        bq.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    print(bq.get_nowait())
    try:
        bq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

asyncio.run(main())
