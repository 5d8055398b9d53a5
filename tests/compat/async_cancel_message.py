import asyncio
async def sleeper():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled with', e.args)
asyncio.run(main())
