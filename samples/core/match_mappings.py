# The match statement: mapping patterns.
from collections import OrderedDict, defaultdict, Counter

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": other}:
            return f"unknown event {other!r}"
        case {}:
            return "a mapping without a type"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 0},
          {"type": "key", "key": "q", "ctrl": True, "alt": False}, {"type": "key", "key": "w"},
          {"type": "key", "key": 5}, {"type": "scroll"}, {}, {"pos": 1}, [("type", "click")], "type"]:
    print(handle(e))

# Keys may be literals of any kind and dotted names; extra keys are fine.
class K:
    ANSWER = 42
match {1: "one", None: "none", True: "true", K.ANSWER: "answer", b"k": "bytes", "z": 0}:
    case {1: a, None: b, K.ANSWER: c, b"k": d}:
        print(a, b, c, d)

# **rest is a new dict of the other items, in the subject's order.
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"b": _, **rest}:
        print(rest, rest is d)
match {"only": 1}:
    case {"only": 1, **rest}:
        print("empty rest:", rest)

# The collections mappings match too; a missing key does not call
# defaultdict's default factory.
calls = []
def factory():
    calls.append(1)
    return 0
dd = defaultdict(factory, {"present": 1})
match dd:
    case {"absent": _}:
        print("never")
    case {"present": p, **rest}:
        print("defaultdict:", p, rest, calls, sorted(dd))
match OrderedDict(x=1, y=2):
    case {"y": y, **others}:
        print("OrderedDict:", y, others)
match Counter("hello"):
    case {"l": 2, "h": h}:
        print("Counter: h", h)

# Keys are looked up with the mapping's get(); equal keys found at run time
# are an error.
class Consts:
    ONE = 1
    ALSO_ONE = 1.0
try:
    match {1: "x", 2: "y"}:
        case {Consts.ONE: _, Consts.ALSO_ONE: _}:
            pass
except ValueError as e:
    print("ValueError:", e)

# A mapping subject never matches a sequence pattern and vice versa.
for v in [{0: "a", 1: "b"}, ["a", "b"]]:
    match v:
        case [a, b]:
            print("sequence", a, b)
        case {0: a, 1: b}:
            print("mapping", a, b)
