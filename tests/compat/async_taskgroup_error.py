import asyncio
async def fails():
    await asyncio.sleep(0.01)
    raise ValueError('bad job')
async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('sleeper cancelled')
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper())
            tg.create_task(fails())
    except* ValueError as eg:
        print('group:', [str(e) for e in eg.exceptions])
asyncio.run(main())
