# Ctrl-C during asyncio.run (3.11's Runner): the first SIGINT cancels the main
# task; its cleanup runs; asyncio.run then raises KeyboardInterrupt and the
# process dies by SIGINT after printing the traceback.
import asyncio
import signal


async def worker(name):
    try:
        await asyncio.sleep(3600)
    finally:
        print(name, 'cancelled at shutdown')


async def main():
    asyncio.create_task(worker('helper'))
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, signal.raise_signal, signal.SIGINT)
    try:
        print('main: waiting')
        await asyncio.sleep(3600)
    finally:
        print('main: cleanup')

print('before run')
asyncio.run(main())
print('not reached')
