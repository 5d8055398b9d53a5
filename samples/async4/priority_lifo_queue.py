# PriorityQueue returns the smallest item first; LifoQueue the newest.
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        await pq.put(item)
    print("priority order:", [pq.get_nowait() for _ in range(pq.qsize())])

    lq = asyncio.LifoQueue(maxsize=3)
    for x in "abc":
        lq.put_nowait(x)
    print("lifo full:", lq.full())
    try:
        lq.put_nowait("d")
    except asyncio.QueueFull:
        print("lifo QueueFull")
    print("lifo order:", [await lq.get() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("lifo QueueEmpty")

    pq2 = asyncio.PriorityQueue(maxsize=2)
    pq2.put_nowait(10)
    pq2.put_nowait(5)
    try:
        pq2.put_nowait(1)
    except asyncio.QueueFull:
        print("priority QueueFull, qsize", pq2.qsize())
    pq2.task_done(); pq2.task_done()
    await pq2.join()
    print("priority join ok", pq2.get_nowait(), pq2.get_nowait())
    print(issubclass(asyncio.PriorityQueue, asyncio.Queue), issubclass(asyncio.LifoQueue, asyncio.Queue))

asyncio.run(main())
