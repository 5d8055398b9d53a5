# locals(), vars() and f_locals of function frames: one dict per frame,
# brought up to date on each call (as CPython 3.11), so what exec() writes
# into it stays there.
import sys

def snapshots():
    a = 1
    d1 = locals()
    b = 2
    d2 = locals()
    print(d1 is d2, d2, d1 is sys._getframe().f_locals)
    d1["extra"] = "kept"
    c = 3
    print(sorted(locals()), vars()["c"])
    del a
    print(sorted(locals()))
    exec("made_by_exec = 10")
    print(locals()["made_by_exec"], "made_by_exec" in dir())
    try:
        made_by_exec
    except NameError as e:
        print("NameError:", e)
snapshots()

# Unbound locals are absent; cells and free variables are included.
def cells(p):
    q = p * 2
    def inner():
        return p + q
    r = locals()
    late = 1
    return r, inner
r, inner = cells(5)
print(sorted(r), r["p"], r["q"], r["inner"] is inner)

def free():
    v = "outer value"
    def use():
        return sorted(locals()), v
    return use()
print(free())

# Module and class frames: the namespace itself.
print(locals() is globals(), sys._getframe().f_locals is globals())
class Box:
    size = 3
    inside = locals()
    names = sorted(inside)
print(Box.names, Box.inside["size"])

# Each call has its own dict; a finished frame keeps its last locals.
def counter(n):
    total = 0
    for i in range(n):
        total += i
    return sys._getframe()
f1, f2 = counter(3), counter(5)
print(f1.f_locals, f2.f_locals, f1.f_locals is f2.f_locals)

# eval/exec in a function see its variables through that snapshot; a
# comprehension inside the evaluated text has its own scope, which sees only
# the globals.
def evaluator(k):
    m = k + 1
    try:
        eval("[k + j for j in range(m)]")
    except NameError as e:
        print("NameError:", e)
    return eval("k * m"), eval("[j for j in range(m)]")
print(evaluator(3))
