# Condition.wait_for(predicate) re-checks the predicate on every notify.
import asyncio

items = []

async def wait_for_count(name, cond, n):
    async with cond:
        result = await cond.wait_for(lambda: len(items) >= n)
        print(name, "saw", len(items), "items, predicate returned", result)

async def producer(cond):
    for i in range(5):
        await asyncio.sleep(0.01)
        async with cond:
            items.append(i)
            print("produced", i)
            cond.notify_all()

async def main():
    cond = asyncio.Condition()
    await asyncio.gather(
        wait_for_count("needs2", cond, 2),
        wait_for_count("needs4", cond, 4),
        wait_for_count("needs0", cond, 0),
        producer(cond),
    )
    async with cond:
        r = await cond.wait_for(lambda: "truthy value")
    print("wait_for returns the predicate value:", r)

asyncio.run(main())
