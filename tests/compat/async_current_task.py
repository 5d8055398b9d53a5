import asyncio
async def child():
    me = asyncio.current_task()
    print('child task name', me.get_name())
async def main():
    t = asyncio.current_task()
    print(type(t).__name__, t.get_name() == 'Task-1')
    await asyncio.create_task(child(), name='kid')
    print(len(asyncio.all_tasks()))
asyncio.run(main())
