# The match statement with loops, return, try/except/finally and with.
def run(commands):
    out = []
    for cmd in commands:
        match cmd.split():
            case ["skip"]:
                continue
            case ["stop"]:
                break
            case ["say", *words]:
                out.append(" ".join(words))
            case ["count", n]:
                i = 0
                while True:
                    match i:
                        case _ if i == int(n):
                            break
                        case _:
                            i += 1
                out.append(f"counted {i}")
            case _:
                out.append(f"unknown {cmd!r}")
    else:
        out.append("ran all")
    return out
print(run(["say hi there", "skip", "count 3", "jump", "say bye"]))
print(run(["say a", "stop", "say b"]))

def find(items, wanted):
    for item in items:
        match item:
            case {"id": id_, "name": name} if id_ == wanted:
                return name
    return None
print(find([{"id": 1, "name": "one"}, {"id": 2, "name": "two"}], 2), find([], 1))

def guarded(v):
    try:
        match v:
            case [x, y]:
                return x / y
            case {"raise": exc}:
                raise exc
    except ZeroDivisionError as e:
        return f"caught {e}"
    finally:
        print("  finally for", v)
    return "fell through"
print(guarded([1, 2]))
print(guarded([1, 0]))
print(guarded({"raise": ZeroDivisionError("custom")}))
print(guarded("x"))

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, *exc):
        print("  exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def use(spec):
    match spec:
        case ("open", name):
            with Resource(name) as r:
                match r:
                    case Resource(name="bad"):
                        raise RuntimeError("bad resource")
                    case Resource(name=n):
                        return f"used {n}"
        case _:
            return "nothing to do"
print(use(("open", "file")))
try:
    use(("open", "bad"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(use(None))

# An exception in a pattern's own checks (a failing __eq__) propagates.
class Angry:
    def __eq__(self, other):
        raise ValueError("no comparisons")
try:
    match Angry():
        case 1:
            pass
except ValueError as e:
    print("ValueError from a literal pattern:", e)

# Exceptions caught by a match on their structure.
def safe_div(a, b):
    try:
        return a / b
    except Exception as e:
        match e:
            case ZeroDivisionError():
                return "division by zero"
            case TypeError(args=[message]):
                return f"type error: {message}"
print(safe_div(1, 0), safe_div(1, "x"), safe_div(6, 3))
