# The match statement: OR patterns, AS patterns, guards, and when names
# are bound.
def classify(v):
    match v:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case (0, x) | (x, 0):
            return f"on an axis at {x}"
        case [x, y] | {"x": x, "y": y} | (y, x, "swapped"):
            return f"pair x={x} y={y}"
        case (str() | bytes()) as text if len(text) > 3:
            return f"long text {text!r}"
        case str() | bytes():
            return "short text"
        case [int() | float() as n, *_] if n > 100:
            return f"starts big: {n}"
        case [[1, 2] as inner, *rest]:
            return f"inner {inner}, rest {rest}"
        case _:
            return "other"

for v in [1, 3, 4, (0, 7), (8, 0), [5, 6], {"y": 2, "x": 1}, ("b", "a", "swapped"), "hello",
          b"hi", [101.5, 0], [5, 0, 0], [[1, 2], 3, 4], None]:
    print(repr(v), "->", classify(v))

# The names of a case are bound only once its whole pattern has matched;
# a guard sees them, and they stay bound when the guard fails.
a = b = "unbound"
match [1, 2, 3]:
    case [a, b, 4]:
        print("never")
    case _:
        print("failed pattern left a, b =", a, b)
match [1, 2]:
    case [a, b] if a > b:
        print("never")
    case _:
        print("failed guard left a, b =", a, b)

# Guards run in order, only for cases whose pattern matched.
log = []
def check(name, result):
    log.append(name)
    return result
match 5:
    case 1 if check("first", True):
        pass
    case int() if check("second", False):
        pass
    case int(n) if check("third", True):
        print("third case, n =", n)
print(log)

# A guard can use any expression, walrus included.
match [3, 4]:
    case [x, y] if (total := x + y) > 5:
        print("total", total)

# An irrefutable pattern is fine in the last case, or with a guard.
def last(v):
    match v:
        case n if n == 0:
            return "zero"
        case [*_] as seq:
            return f"sequence {seq}"
        case anything:
            return f"anything: {anything}"
print(last(0), last([1]), last("s"))

# A match with no case that matches does nothing.
match 42:
    case 1:
        print("never")
print("after a match without a matching case")
