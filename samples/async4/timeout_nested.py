# Nested asyncio.timeout blocks: the one that fires raises TimeoutError at
# its own level only.
import asyncio

async def main():
    async with asyncio.timeout(0.5) as outer:
        try:
            async with asyncio.timeout(0.02) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner fired; inner expired:", inner.expired(), "outer expired:", outer.expired())
        await asyncio.sleep(0.01)
        print("still inside outer")
    print("outer done; outer expired:", outer.expired())

    try:
        async with asyncio.timeout(0.03) as outer:
            try:
                async with asyncio.timeout(0.5) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner handler (not reached)")
            finally:
                print("inner finally; inner expired:", inner.expired())
    except TimeoutError:
        print("outer fired; outer expired:", outer.expired(), "inner expired:", inner.expired())

    # wait_for inside a timeout block
    try:
        async with asyncio.timeout(0.5):
            await asyncio.wait_for(asyncio.sleep(1), 0.02)
    except TimeoutError as e:
        print("wait_for's TimeoutError escapes the outer block:", type(e).__name__)

asyncio.run(main())
