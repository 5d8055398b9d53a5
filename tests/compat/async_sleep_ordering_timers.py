import asyncio
async def at(delay, label, log):
    await asyncio.sleep(delay)
    log.append(label)
async def main():
    log = []
    await asyncio.gather(at(0.03, 'c', log), at(0.01, 'a', log), at(0.02, 'b', log), at(0.01, 'a2', log))
    print(log)
asyncio.run(main())
