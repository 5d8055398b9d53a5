# The match statement: sequence patterns, open sequences and star patterns.
from collections import deque, namedtuple

def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case (first, *middle, last) if len(middle) > 2:
            return f"long: {first} ... {last} ({len(middle)} between)"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [*_, "end"]:
            return "ends with 'end'"
        case [_, _, *_]:
            return "three or more"
        case _:
            return "not a sequence"

samples = [[], [5], (5,), [1, 2], (3, 4), [1, 2, 3], [0, 1, 2, 3, 4, 5], ["a", "b", "end"],
           [9, 8, 7], range(3), range(10), "ab", b"ab", {"a": 1}, {1, 2}, 42,
           deque([1, "x", "y"]), deque()]
for v in samples:
    print(repr(v), "->", shape(v))

# Nested sequences and the open form (a tuple subject without brackets).
def pairs(v):
    match v:
        case (a, b), (c, d):
            return a + b + c + d
        case [[a, *_], *_], *_:
            return f"first of first: {a}"
        case a, :
            return f"one-tuple of {a}"
    return None
print(pairs(((1, 2), (3, 4))), pairs([[7, 8], [9]]), pairs(("x",)), pairs(([], 1)))

# The subject may be an open tuple too.
x, y = 3, 4
match x, y:
    case 0, 0:
        print("origin")
    case (x0, 0) | (0, x0):
        print("on an axis at", x0)
    case _, _:
        print("somewhere:", x, y)
match *[1, 2], 3:
    case [1, 2, three]:
        print("starred subject:", three)

# str, bytes (and bytearray) are never sequences for patterns; tuples and
# lists are interchangeable; a namedtuple is a tuple.
for v in ["xy", b"xy", ("x", "y"), ["x", "y"]]:
    match v:
        case [a, b]:
            print(repr(v), "unpacks to", a, b)
        case _:
            print(repr(v), "is not a sequence here")
Point = namedtuple("Point", "x y")
match Point(1, 2):
    case (a, b):
        print("namedtuple as sequence:", a, b)

# *rest captures a list, whatever the subject's type.
for v in [(1, 2, 3), range(1, 4), deque([1, 2, 3])]:
    match v:
        case [first, *rest]:
            print(type(v).__name__, first, rest, type(rest).__name__)
