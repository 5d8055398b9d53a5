# put() blocks on a full queue, get() blocks on an empty one.
import asyncio

async def producer(q, log):
    for i in range(5):
        await q.put(i)
        log.append("put " + str(i) + " size=" + str(q.qsize()))
    await q.put(None)
    log.append("producer done")

async def consumer(q, log):
    while True:
        await asyncio.sleep(0.02)
        item = await q.get()
        if item is None:
            log.append("consumer got sentinel")
            return
        log.append("got " + str(item))

async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    await asyncio.gather(producer(q, log), consumer(q, log))
    for line in log:
        print(line)

    empty = asyncio.Queue()
    getter = asyncio.create_task(empty.get())
    await asyncio.sleep(0.01)
    print("getter waiting:", not getter.done())
    empty.put_nowait("late item")
    print("getter got:", await getter)

    try:
        await asyncio.wait_for(empty.get(), 0.02)
    except TimeoutError:
        print("get timed out; queue still empty:", empty.empty())

asyncio.run(main())
