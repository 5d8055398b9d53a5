import asyncio
async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait('a')
    try:
        q.put_nowait('b')
    except asyncio.QueueFull:
        print('full')
    print(q.get_nowait(), q.full(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('empty')
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for v in (3, 1, 2):
        lq.put_nowait(v); pq.put_nowait(v)
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])
asyncio.run(main())
