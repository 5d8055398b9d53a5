# SystemExit raised in the main task ends the program quietly, as in CPython.
import asyncio

async def main():
    print('exiting')
    raise SystemExit('bye')

asyncio.run(main())
