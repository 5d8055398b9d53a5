# The match statement: literal, singleton and value patterns.
class Color:
    RED = "red"
    GREEN = "green"
    class Shade:
        DARK = -1

def describe(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5 | -2.5:
            return "a float literal"
        case 0x10 | 1_000:
            return "hex or underscored"
        case "a" "b":
            return "implicitly concatenated 'ab'"
        case "" | '':
            return "empty str"
        case b"bytes":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True (by identity)"
        case False:
            return "False (by identity)"
        case Color.RED | Color.GREEN:
            return f"a color: {v}"
        case Color.Shade.DARK:
            return "never reached: -1 matched above"
        case _:
            return "something else"

for v in [0, 0.0, -1, -1.0, 1.5, -2.5, 16, 1000, "ab", "", b"bytes", "bytes", None,
          True, False, 1, "red", "green", "blue", [], 3]:
    print(repr(v), "->", describe(v))

# Literals compare with ==, singletons with `is`.
class Equal:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return True

match Equal():
    case 42:
        print("42 == Equal() by __eq__")
match Equal():
    case None:
        print("never: None is compared by identity")
    case _:
        print("None did not match")

# Value patterns are looked up each time the case is tried.
class Config:
    limit = 10
def at_limit(n):
    match n:
        case Config.limit:
            return True
    return False
print(at_limit(10), at_limit(20))
Config.limit = 20
print(at_limit(10), at_limit(20))

# An int subject matches the float literal it equals, and the other way.
for v in [2, 2.0, True]:
    match v:
        case 2.0:
            print(repr(v), "matches 2.0")
        case 1:
            print(repr(v), "matches 1")
