# IndexError, KeyError, AttributeError.
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e, "|", repr(e))

check(lambda: [1, 2, 3][3])
check(lambda: [][0])
check(lambda: (1,)[5])
check(lambda: "abc"[10])
check(lambda: [].pop())
check(lambda: {"a": 1}["b"])
check(lambda: {1: 1}[2])
check(lambda: {(1, 2): 0}[(3, 4)])
check(lambda: {}.pop("x"))
check(lambda: (5).foo)
check(lambda: "s".nope)
check(lambda: [].add)

class C:
    def __init__(self):
        self.a = 1

check(lambda: C().x)
check(lambda: C.y)
try:
    {"key": 1}["other"]
except KeyError as e:
    print(e.args, e.args[0])
