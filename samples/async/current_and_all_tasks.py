# asyncio.current_task() and asyncio.all_tasks().
import asyncio

async def child(n):
    me = asyncio.current_task()
    print("child", n, "running as", me.get_name())
    await asyncio.sleep(0.01)

async def main():
    me = asyncio.current_task()
    print("main task name:", me.get_name())
    print("tasks at start:", len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(child(i), name="child-" + str(i)) for i in range(3)]
    print("tasks after create:", len(asyncio.all_tasks()))
    print(me in asyncio.all_tasks(), sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print("tasks after gather:", len(asyncio.all_tasks()))

asyncio.run(main())
