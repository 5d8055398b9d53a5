# Queue put_nowait/get_nowait, maxsize, qsize/empty/full, QueueEmpty/QueueFull.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize:", q.maxsize, "qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())
    q.put_nowait("a")
    q.put_nowait("b")
    print("qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("put_nowait on full:", type(e).__name__, repr(str(e)))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait on empty:", type(e).__name__, repr(str(e)))
    print("QueueEmpty is an Exception:", issubclass(asyncio.QueueEmpty, Exception))

    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print("unbounded maxsize:", unbounded.maxsize, "qsize:", unbounded.qsize(), "full:", unbounded.full())
    await unbounded.put(100)
    print("await put then get:", await unbounded.get(), unbounded.qsize())

asyncio.run(main())
