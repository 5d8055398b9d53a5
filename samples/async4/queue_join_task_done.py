# Queue.join() waits until task_done() was called for every item.
import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        log.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue()
    log = []
    for item in [3, 1, 1, 2, 2]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker("w" + str(i), q, log)) for i in range(2)]
    await q.join()
    # which worker handled which item depends on timing; the set of items not
    print("join returned; handled:", len(log), "items:", sorted(item for _, item in log))
    print("queue empty:", q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    # one worker: join returns right after the last task_done
    events = []
    async def single():
        while True:
            item = await q.get()
            await asyncio.sleep(0.01)
            events.append("done " + item)
            q.task_done()
    for item in "abc":
        q.put_nowait(item)
    w = asyncio.create_task(single())
    await q.join()
    events.append("join returned")
    print(events)
    w.cancel()

    await q.join()
    print("join on an idle queue returns at once")
    try:
        q.task_done()
    except ValueError as e:
        print("extra task_done:", e)

asyncio.run(main())
