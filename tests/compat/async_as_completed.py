import asyncio
async def after(d, v):
    await asyncio.sleep(d)
    return v
async def main():
    for fut in asyncio.as_completed([after(0.03, 'slow'), after(0.01, 'fast'), after(0.02, 'mid')]):
        print(await fut)
asyncio.run(main())
