import asyncio

async def task(name,delay):
  print(f"{name}started")
  await asyncio.sleep(delay)
  print(f"{name} finished after {delay} seconds")

async def main():
  await task("A", 2)
  await task("B", 2)

asyncio.run(main())
