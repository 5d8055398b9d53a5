import asyncio
async def f():
    await asyncio.sleep(0)
    return 5
async def main():
    t = asyncio.create_task(f(), name='my-task')
    t.add_done_callback(lambda task: print('callback', task.get_name(), task.result()))
    print(t.get_name())
    await t
    await asyncio.sleep(0)
asyncio.run(main())
