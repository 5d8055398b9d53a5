# asyncio.run takes any coroutine, including the ones asyncio's own functions
# return; a future is refused as in CPython.
import asyncio

print(asyncio.run(asyncio.sleep(1)))
print(asyncio.run(asyncio.sleep(0.5, 'result')))
print(asyncio.run(asyncio.wait_for(asyncio.sleep(0.1, 'in time'), 1)))

async def main():
    return await asyncio.gather(asyncio.sleep(0.1, 'a'), asyncio.sleep(0.2, 'b'))

print(asyncio.run(main()))
for bad in (1, None, 'main'):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print('ValueError:', e)
