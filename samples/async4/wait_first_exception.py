# asyncio.wait(return_when=FIRST_EXCEPTION): returns when one task raises;
# the others keep running; exceptions stay in the tasks.
import asyncio

async def ok(delay):
    await asyncio.sleep(delay)
    return "ok " + str(delay)

async def bad(delay):
    await asyncio.sleep(delay)
    raise RuntimeError("bad after " + str(delay))

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    tasks = [
        asyncio.create_task(ok(0.01), name="a"),
        asyncio.create_task(bad(0.05), name="b"),
        asyncio.create_task(ok(0.2), name="c"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", names(done), "pending:", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "exception:", repr(t.exception()))
    done, pending = await asyncio.wait(pending)
    print("then done:", names(done), [t.result() for t in done])

    # no exception at all: behaves like ALL_COMPLETED
    tasks = [asyncio.create_task(ok(d), name="x" + str(d)) for d in (0.02, 0.01)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception:", names(done), names(pending))

asyncio.run(main())
