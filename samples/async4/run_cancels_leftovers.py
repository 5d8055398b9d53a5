# When main returns, asyncio.run cancels the remaining tasks and waits for
# their finally blocks (even ones that await). Only one task is left over:
# the order in which several leftovers get cancelled is a set's order.
import asyncio

async def background(name, delay):
    try:
        print(name, "started")
        await asyncio.sleep(delay)
        print(name, "finished normally")
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise
    finally:
        print(name, "finally: begin")
        await asyncio.sleep(0)
        print(name, "finally: end")

async def main():
    asyncio.create_task(background("fast", 0.01))
    asyncio.create_task(background("slow", 1))
    await asyncio.sleep(0.05)
    print("main returning")
    return "main result"

print("run returned:", asyncio.run(main()))
print("after run")
