# Tasks never awaited that do not finish: main returns first and asyncio.run
# cancels them silently. A task created just before main returns still gets
# its first step (it was queued before the loop's stop callback).
import asyncio

async def background():
    print("background start")
    try:
        await asyncio.sleep(0.5)
        print("background end (never printed)")
    except asyncio.CancelledError:
        print("background cancelled")
        raise

async def late():
    print("late task ran its first step")
    await asyncio.sleep(0.5)
    print("late task end (never printed)")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    asyncio.create_task(late())
    print("main returns")

asyncio.run(main())
print("after run")
