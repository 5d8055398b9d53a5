# async with on a class with __aenter__/__aexit__: the value bound by as,
# the exception passed to __aexit__, suppression by returning True.
import asyncio

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print(self.name, "enter")
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print(self.name, "exit:", exc_type.__name__ if exc_type else None, repr(exc),
              "tb is None:", tb is None)
        return self.suppress

async def main():
    async with Resource("plain") as value:
        print("body got", value)

    try:
        async with Resource("raising") as value:
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))

    async with Resource("suppressing", suppress=True):
        raise ValueError("swallowed")
    print("after suppression")

    async with Resource("outer") as a, Resource("inner") as b:
        print("both:", a, b)

    async def early():
        async with Resource("returning"):
            return "early value"
    print("returned", await early())

    for i in range(3):
        async with Resource("loop" + str(i)):
            if i == 1:
                break
    print("after break")

    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
