# The match statement: captures are assignments in the enclosing scope
# (function locals, cells for closures, globals, class attributes).
import asyncio

def local_capture(v):
    match v:
        case [x, *rest]:
            pass
    return x, rest
print(local_capture([1, 2, 3]))

def unbound_when_no_match(v):
    match v:
        case [x]:
            pass
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(unbound_when_no_match([5]), unbound_when_no_match(5))

def closure(v):
    match v:
        case {"n": n, "step": step}:
            def next_values(k):
                return [n + i * step for i in range(k)]
            return next_values
add = closure({"n": 10, "step": 5})
print(add(3), add.__code__.co_freevars)

def counter():
    count = 0
    def feed(event):
        nonlocal count
        match event:
            case ("set", count):
                pass
            case ("add", k):
                count += k
        return count
    return feed
feed = counter()
print(feed(("add", 2)), feed(("set", 10)), feed(("add", 1)), feed(("other",)))

total = 0
def bump(v):
    global total
    match v:
        case int(total):
            pass
bump(42)
print("global total =", total)

match {"name": "module level", "parts": [1, 2]}:
    case {"name": module_name, "parts": [first_part, *_]}:
        pass
print(module_name, first_part)

class Settings:
    match ("debug", True):
        case (mode, flag):
            enabled = flag
print(Settings.mode, Settings.flag, Settings.enabled)

# Lambdas and comprehensions in guards and bodies see the captures.
match [3, 1, 2]:
    case [*items] if all(i > 0 for i in items):
        key = lambda: sorted(items)
        print("sorted:", key(), [i * 2 for i in items])

# Generators: a match between yields.
def tokens(items):
    for item in items:
        match item:
            case str(word):
                yield ("word", word)
            case int(n) | float(n):
                yield ("number", n)
            case [*inner]:
                yield from tokens(inner)
            case None:
                return
print(list(tokens(["a", 1, [2.5, "b", [3]], None, "never"])))

# Coroutines: await in the subject, in a guard and in a body.
async def fetch(v):
    await asyncio.sleep(0)
    return v

async def main():
    match await fetch({"status": 200, "body": [1, 2]}):
        case {"status": 200, "body": [*items]} if await fetch(len(items) == 2):
            print("ok", items, await fetch("fetched"))
        case {"status": code}:
            print("error", code)
    results = []
    for payload in [("ok", 1), ("retry", 2), ("fail", 3)]:
        match payload:
            case ("ok", n):
                results.append(n)
            case ("retry", n):
                results.append(await fetch(n * 10))
            case _:
                results.append(None)
    print(results)
asyncio.run(main())
