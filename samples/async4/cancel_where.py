# CancelledError is raised at the exact await where the task is suspended.
import asyncio

async def step(name, delay):
    await asyncio.sleep(delay)
    return name

async def worker(log):
    stage = "start"
    try:
        stage = "first await"
        await step("a", 0.01)
        log.append("passed first await")
        stage = "second await"
        await step("b", 0.2)
        log.append("passed second await (never)")
    except asyncio.CancelledError:
        log.append("CancelledError at: " + stage)
        raise

async def worker_sleep0(log):
    for i in range(100):
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            log.append("cancelled in iteration " + str(i))
            raise

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw the task cancelled")
    for line in log:
        print(line)

    log = []
    t2 = asyncio.create_task(worker_sleep0(log))
    for _ in range(3):
        await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print(log)

asyncio.run(main())
