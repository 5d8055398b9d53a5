import asyncio
class Resource:
    async def __aenter__(self):
        print('acquire')
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print('release', et.__name__ if et else None)
        return False
async def main():
    async with Resource() as r:
        print('using', type(r).__name__)
    try:
        async with Resource():
            raise RuntimeError('inside')
    except RuntimeError as e:
        print('caught', e)
asyncio.run(main())
