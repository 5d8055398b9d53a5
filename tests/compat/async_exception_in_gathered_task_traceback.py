import asyncio
async def broken():
    await asyncio.sleep(0)
    return {}['missing']
async def main():
    results = await asyncio.gather(broken(), return_exceptions=True)
    print([type(r).__name__ for r in results], [str(r) for r in results])
    await broken()
asyncio.run(main())
