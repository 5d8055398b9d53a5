# asyncio.timeout(): expiry raises TimeoutError outside the block;
# cm.expired() tells whether it fired; cm.when() gives the deadline.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.05) as cm:
            print("inside, expired:", cm.expired())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside: sleep got CancelledError")
                raise
        print("not reached")
    except TimeoutError as e:
        print("caught", type(e).__name__, "builtin:", type(e) is TimeoutError)
        print("cause/context:", type(e.__cause__).__name__, type(e.__context__).__name__)
    print("expired:", cm.expired())

    async with asyncio.timeout(0.5) as cm2:
        await asyncio.sleep(0.01)
        result = "finished in time"
    print(result, "expired:", cm2.expired())
    print("when is a float:", isinstance(cm2.when(), float))

    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(0.01)
    print("timeout(None) when:", cm3.when(), "expired:", cm3.expired())

    # an exception raised inside the block is not turned into TimeoutError
    try:
        async with asyncio.timeout(0.5):
            raise ValueError("inside")
    except ValueError as e:
        print("ValueError passes through:", e)

asyncio.run(main())
