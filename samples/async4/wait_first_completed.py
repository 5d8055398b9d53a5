# asyncio.wait(return_when=FIRST_COMPLETED) returns (done, pending) sets.
import asyncio

async def job(delay):
    await asyncio.sleep(delay)
    return delay

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    tasks = [asyncio.create_task(job(d), name="job" + str(i))
             for i, d in enumerate([0.2, 0.05, 0.3, 0.1])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    print("results:", sorted(t.result() for t in done))
    print("types:", type(done).__name__, type(pending).__name__)
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(pending)
    print("done:", names(done), "pending:", names(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
