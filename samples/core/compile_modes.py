# compile() in its three modes, and the code objects it makes.
import sys

c = compile("a = 1\nb = a + 1\n", "example.py", "exec")
print(type(c).__name__, c.co_name, c.co_filename, c.co_firstlineno)
ns = {}
exec(c, ns)
print(ns["a"], ns["b"])

e = compile("a * 10", "expr.py", "eval")
print(e.co_name, e.co_filename, eval(e, {"a": 4}))
print(compile(b"1 + 2", b"bytes.py", "eval").co_filename, eval(compile(b"1 + 2", "f", "eval")))

# 'single' echoes expression values as the interactive prompt does (None is
# not echoed) and keeps the last one in builtins._.
exec(compile("1 + 1", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
exec(compile("'text'", "<stdin>", "single"))
exec(compile("x = 5", "<stdin>", "single"))
exec(compile("x * 3", "<stdin>", "single"))
exec(compile("for i in range(3): i\n", "<stdin>", "single"))
exec(compile("if x > 1:\n  'big'\nelse:\n  'small'\n", "<stdin>", "single"))
exec(compile("'a'; 'b'", "<stdin>", "single"))
print(_)
exec(compile("[1, 2]", "<stdin>", "single"), {})
print(_)

# Keyword arguments and accepted flags.
k = compile(source="7", filename="kw.py", mode="eval", flags=0, dont_inherit=True, optimize=2)
print(eval(k))
print(eval(compile("1", "f", "eval", 0x20000 | 0x1000000)))   # __future__ flags are accepted

# Top-level await makes a coroutine (PyCF_ALLOW_TOP_LEVEL_AWAIT).
import asyncio
aw = compile("await asyncio.sleep(0, 'slept')", "<aw>", "eval", 0x2000)
print(aw.co_flags & 0x80 != 0)
coro = eval(aw)
print(type(coro).__name__, asyncio.run(coro))

# Docstrings and names in compiled module code.
m = compile('"doc"\ndef f(): "fdoc"\nclass K: pass', "mod.py", "exec")
g = {"__name__": "mymod"}
exec(m, g)
print(g["__doc__"], g["f"].__doc__, g["f"].__module__, g["K"].__module__, g["K"].__qualname__)

# Each compile() call makes a new code object; tracebacks use its filename.
try:
    exec(compile("\n\nraise KeyError('k')", "virtual.py", "exec"))
except KeyError as ex:
    tb = ex.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno, repr(ex))

# 'single' calls sys.displayhook, which a script may replace.
def hook(v):
    print("hooked:", repr(v))
sys.displayhook = hook
exec(compile("'x'", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
sys.displayhook = sys.__displayhook__
exec(compile("[3]", "<stdin>", "single"))
sys.displayhook(7)
sys.displayhook(None)
print(_)
del sys.displayhook
try:
    exec(compile("1", "<stdin>", "single"))
except RuntimeError as e:
    print(e)
sys.displayhook = sys.__displayhook__
try:
    sys.displayhook()
except TypeError as e:
    print(e)
