import asyncio
async def after(d, v):
    await asyncio.sleep(d)
    return v
async def main():
    tasks = [asyncio.create_task(after(d, d)) for d in (0.05, 0.01, 0.04)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(pending))
asyncio.run(main())
