# A pending task whose loop is closed without cancelling it: CPython logs
# "Task was destroyed but it is pending!" when the task is collected.
import asyncio

async def forever():
    await asyncio.sleep(10)

loop = asyncio.new_event_loop()
task = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
print("loop closed, task done:", task.done())
del task
print("after del")
