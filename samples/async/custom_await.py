# A class with a generator-based __await__.
import asyncio

class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        print("Ready.__await__ start")
        yield
        print("Ready.__await__ resumed")
        return self.value

class Delayed:
    def __init__(self, value, delay):
        self.value = value
        self.delay = delay

    def __await__(self):
        result = yield from asyncio.sleep(self.delay, self.value).__await__()
        return result * 2

async def main():
    print(await Ready(10))
    print(await Delayed(21, 0.01))
    print(await asyncio.gather(Delayed(1, 0.02), Delayed(2, 0.01)))

asyncio.run(main())
