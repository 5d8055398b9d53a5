# Python subclasses of the native asyncio types: Future, Queue (and its
# Lifo/Priority kinds), Event and Task, with __init__ arguments of their own,
# super() reaching the native methods, and CPython's argument errors.
import asyncio

class MyFuture(asyncio.Future):
    def __init__(self, tag, *, loop=None):
        super().__init__(loop=loop)
        self.tag = tag

class CountingQueue(asyncio.Queue):
    def __init__(self, maxsize=0, *, label="q"):
        super().__init__(maxsize)
        self.label = label
        self.puts = 0
    async def put(self, item):
        self.puts += 1
        await super().put(item)

class LoudEvent(asyncio.Event):
    def set(self):
        print("LoudEvent.set")
        super().set()

class NamedTask(asyncio.Task):
    pass

async def main():
    loop = asyncio.get_running_loop()
    f = MyFuture("t1", loop=loop)
    loop.call_soon(f.set_result, 42)
    print(await f, f.tag, isinstance(f, asyncio.Future), type(f).__name__, f.done())
    q = CountingQueue(2, label="work")
    await q.put(1)
    await q.put(2)
    print(q.label, q.puts, q.qsize(), q.full(), q.maxsize, await q.get(), isinstance(q, asyncio.Queue))
    pq = asyncio.PriorityQueue()
    class P(asyncio.PriorityQueue): pass
    p = P()
    p.put_nowait((2, "b")); p.put_nowait((1, "a"))
    print(p.get_nowait(), type(p).__mro__[1].__name__)
    e = LoudEvent()
    async def waiter():
        await e.wait()
        return "woke"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    e.set()
    print(await t, e.is_set())
    async def work(): return "task result"
    nt = NamedTask(work(), name="custom")
    print(await nt, nt.get_name(), isinstance(nt, asyncio.Task), type(nt).__name__)
    try:
        asyncio.Queue(loop=loop)
    except TypeError as err:
        print("TypeError:", err)
    for bad in (lambda: asyncio.Event(loop=loop), lambda: asyncio.Event(1), lambda: MyFuture("t", lop=1),
                lambda: CountingQueue(1, 2)):
        try:
            bad()
        except TypeError as err:
            print("TypeError:", err)

asyncio.run(main())
