# aclose() throws GeneratorExit into a suspended async generator: finally
# blocks run (and may await); closing a finished generator is a no-op.
import asyncio

async def numbers(log):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.01)
    except GeneratorExit:
        log.append("GeneratorExit inside")
        raise
    finally:
        await asyncio.sleep(0.01)
        log.append("finally ran")

async def main():
    log = []
    g = numbers(log)
    print(await anext(g), await anext(g))
    await g.aclose()
    print(log)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")
    await g.aclose()
    print("second aclose ok")

    log = []
    g = numbers(log)
    await g.aclose()
    print("closing before start:", log)

    # a generator that yields while handling GeneratorExit -> RuntimeError
    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # athrow delivers an exception at the yield
    async def catcher():
        while True:
            try:
                yield "waiting"
            except KeyError as e:
                yield "caught " + repr(e)
    c = catcher()
    print(await anext(c))
    print(await c.athrow(KeyError("x")))
    print(await anext(c))
    await c.aclose()

asyncio.run(main())
