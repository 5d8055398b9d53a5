# Synchronous with: __enter__/__exit__, exception details, suppression,
# multiple managers, exit on return/break.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress

with Managed("a") as m:
    print("body", m.name)

try:
    with Managed("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

with Managed("c", suppress=True):
    raise KeyError("hidden")
print("after suppressed")

with Managed("x") as x, Managed("y", suppress=True) as y:
    raise RuntimeError("inner suppresses")
print("after multiple")

def f():
    with Managed("ret"):
        return "value"
print(f())

for i in range(2):
    with Managed("loop" + str(i)):
        continue

class Falsy(Managed):
    def __exit__(self, *args):
        super().__exit__(*args)
        return 0  # falsy: does not suppress

try:
    with Falsy("falsy"):
        1 / 0
except ZeroDivisionError:
    print("falsy return did not suppress")

try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
