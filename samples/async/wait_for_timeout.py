# asyncio.wait_for timing out cancels the inner coroutine.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        return "slow done"
    except asyncio.CancelledError:
        print("slow was cancelled by wait_for")
        raise

async def quick():
    await asyncio.sleep(0.01)
    return "quick done"

async def main():
    print(await asyncio.wait_for(quick(), timeout=0.5))
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(quick(), None))

asyncio.run(main())
