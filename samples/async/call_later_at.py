# loop.call_later / call_at ordering with loop.time().
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    now = loop.time()
    events = []

    def record(name):
        events.append(name)
        print("fired", name)
        if len(events) == 4:
            done.set_result(events)

    loop.call_later(0.06, record, "later-0.06")
    loop.call_at(now + 0.02, record, "at-now+0.02")
    loop.call_later(0.04, record, "later-0.04")
    handle = loop.call_later(0.03, record, "cancelled")
    handle.cancel()
    loop.call_at(now + 0.08, record, "at-now+0.08")
    print(await done)
    print("elapsed >= 0.08:", loop.time() - now >= 0.08)

asyncio.run(main())
