# Traceback objects: tb_frame, tb_lineno, tb_next, tb_lasti, walked the way
# the traceback module does.
import sys

def inner():
    y = 2
    raise ValueError("bad")

def middle():
    x = 1
    inner()

def walk(tb):
    out = []
    while tb is not None:
        f = tb.tb_frame
        out.append((f.f_code.co_name, tb.tb_lineno, f.f_lineno, f.f_code.co_filename.rsplit("/", 1)[-1]))
        tb = tb.tb_next
    return out

try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is e.__traceback__, sys.exc_info()[2] is tb)
    print(walk(tb))
    print(tb.tb_frame is sys._getframe(), tb.tb_next.tb_frame.f_back is tb.tb_frame)
    print(tb.tb_next.tb_frame.f_locals, tb.tb_next.tb_next.tb_frame.f_locals)
    print(type(tb.tb_lasti).__name__, tb.tb_lasti >= 0)
    print(tb.tb_next.tb_next.tb_frame.f_back.f_code.co_name)

# A bare raise keeps the traceback; raising the same exception again puts a
# new entry in front of the old ones.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print(len(walk(e.__traceback__)))

err = KeyError("k")
print(err.__traceback__)
for attempt in range(2):
    try:
        raise err
    except KeyError:
        pass
print([line for _, line, _, _ in walk(err.__traceback__)])

# with_traceback and __traceback__ assignment share entries.
other = RuntimeError("other").with_traceback(err.__traceback__)
print(other.__traceback__ is err.__traceback__)
err.__traceback__ = None
print(err.__traceback__, other.__traceback__ is not None)
for bad in [5, "tb"]:
    try:
        err.__traceback__ = bad
    except TypeError as e:
        print(e)
try:
    err.with_traceback(3)
except TypeError as e:
    print(e)

# Traceback attributes are read-only, except tb_next.
try:
    raise OSError("x")
except OSError as e:
    tb = e.__traceback__
for attr in ["tb_lineno", "tb_frame", "tb_lasti"]:
    try:
        setattr(tb, attr, 1)
    except AttributeError as e:
        print(e)
try:
    tb.tb_next = tb
except ValueError as e:
    print(e)
try:
    tb.tb_next = 5
except TypeError as e:
    print(e)
tb.tb_next = None
print(tb.tb_next)

# Exceptions leaving a generator and an exec'd string.
def failing_gen():
    yield 1
    raise LookupError("in generator")
try:
    for _ in failing_gen():
        pass
except LookupError as e:
    print(walk(e.__traceback__))
    print(e.__traceback__.tb_next.tb_frame.f_back)
try:
    exec("def f():\n    raise TypeError('t')\nf()")
except TypeError as e:
    print(walk(e.__traceback__))

# __exit__ receives the traceback object too.
class Catch:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print(typ.__name__, tb is val.__traceback__, tb.tb_frame.f_code.co_name, tb.tb_lineno)
        return True
def use_catch():
    with Catch():
        {}["missing"]
use_catch()

# Deep recursion: one entry per frame.
def deep(n):
    if n:
        return deep(n - 1)
    raise ArithmeticError
try:
    deep(30)
except ArithmeticError as e:
    entries = walk(e.__traceback__)
    print(len(entries), entries[0][0], entries[-1][0])
