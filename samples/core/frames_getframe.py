# sys._getframe() and the frame objects it returns.
import sys

def a():
    x = 1
    return b()

def b():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(sys._getframe(1).f_locals, sys._getframe(2).f_code.co_name)
    print(sys._getframe(1) is f.f_back, sys._getframe() is f)
    return f

fr = a()
# The frame ended: it keeps its last line and locals, and its caller.
print(fr.f_lineno, sorted(fr.f_locals), fr.f_back.f_code.co_name, fr.f_back.f_lineno)
print(fr.f_back.f_back.f_code.co_name, fr.f_back.f_back.f_back)

top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_globals is globals(), top.f_locals is globals())
print(top.f_builtins is __builtins__.__dict__, top.f_globals["__name__"])
print(type(top).__name__, type(top.f_lasti).__name__, top.f_lasti >= 0)
print(sys._getframe(-5).f_code.co_name)

# Walking the whole stack, as inspect.stack() does.
def chain(n):
    if n == 0:
        f = sys._getframe()
        out = []
        while f is not None:
            out.append((f.f_code.co_name, f.f_lineno))
            f = f.f_back
        return out
    return chain(n - 1)
print(chain(3))

# The idiom collections.namedtuple uses: the caller's module name.
def caller_module():
    return sys._getframe(1).f_globals.get("__name__")
print(caller_module(), eval("caller_module()", {"__name__": "fake", "caller_module": caller_module}))

# Frames seen from inside natives that call back: the script frame below.
print(sorted([3, 1, 2], key=lambda v: (sys._getframe(1).f_code.co_name, v)))
print(list(map(lambda v: sys._getframe(1).f_code.co_name, [0])))

# A class body and exec'd code have frames too.
class K:
    where = sys._getframe().f_code.co_name
    names = sorted(sys._getframe().f_locals)
print(K.where, K.names)
exec("import sys\nprint(sys._getframe().f_code.co_filename, sys._getframe(1).f_code.co_name)")

# f_trace is kept (coil does not trace); other attributes are read-only.
top.f_trace = print
print(top.f_trace is print, top.f_trace_lines, top.f_trace_opcodes)
top.f_trace = None
for attr, value in [("f_code", None), ("f_back", None), ("f_locals", {})]:
    try:
        setattr(top, attr, value)
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    top.no_such_attribute
except AttributeError as e:
    print(e)

# Misuse.
for args in [(100,), ("x",), (1, 2), (1.5,)]:
    try:
        sys._getframe(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys._getframe(depth=1)
except TypeError as e:
    print(e)
try:
    fr.clear()
    print("cleared", fr.f_locals)
    top.clear()
except RuntimeError as e:
    print(e)
