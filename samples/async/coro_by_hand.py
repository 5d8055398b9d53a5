# Driving coroutines by hand with send / throw / close.
class suspend:
    """Awaitable that yields its value to whoever drives the coroutine."""
    def __init__(self, value):
        self.value = value

    def __await__(self):
        received = yield self.value
        return received

async def adder():
    total = 0
    while True:
        x = await suspend(total)
        if x is None:
            return total
        total += x

c = adder()
print(c.send(None))
print(c.send(5))
print(c.send(7))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

async def simple():
    return "done"

s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("simple returned", e.value)

async def guarded():
    try:
        await suspend("waiting")
    except ValueError as e:
        print("guarded caught", e)
        return "recovered"

g = guarded()
print(g.send(None))
try:
    g.throw(ValueError("thrown in"))
except StopIteration as e:
    print("after throw:", e.value)

async def closable():
    try:
        await suspend("open")
    finally:
        print("closable cleaned up")

k = closable()
print(k.send(None))
k.close()
print("closed")
try:
    k.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
