# A Future resolved by loop.call_later.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done before:", fut.done())
    loop.call_later(0.05, fut.set_result, "the answer")
    print("waiting")
    value = await fut
    print("got", value, fut.done(), fut.result())

    fut2 = loop.create_future()
    loop.call_soon(fut2.set_exception, ValueError("future failed"))
    try:
        await fut2
    except ValueError as e:
        print("future raised", e)

    fut3 = loop.create_future()
    fut3.add_done_callback(lambda f: print("fut3 callback, result =", f.result()))
    fut3.set_result(3)
    await asyncio.sleep(0)
    print(await fut3)

asyncio.run(main())
