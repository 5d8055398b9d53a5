import asyncio
order = []
async def spin(tag):
    for i in range(3):
        order.append(f'{tag}{i}')
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(*(spin(t) for t in 'xyz'))
    print(' '.join(order))
asyncio.run(main())
