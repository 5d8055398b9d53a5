# eval() and exec(): default scopes, explicit globals/locals, code objects.
import sys

x = 10
print(eval("x + 1"))
print(eval("  x * 2"))            # leading spaces and tabs are dropped
print(eval("\tx - 1\n"))
print(eval(b"x + 100"))
print(eval("(1,\n 2)"))
print(eval("[i * i for i in range(4)]"))
print(eval("lambda a: a + x")(5))

exec("y = x + 5")                 # module level: the module's namespace
print(y)

g = {"a": 3}
print(eval("a * 2", g))
print(sorted(g), g["__builtins__"] is __builtins__.__dict__)
exec("b = a + 1", g)
print(g["b"], "b" in globals())
print(eval("__name__", {}))       # builtins' own __name__

# A separate locals dict gets the assignments; functions defined there see
# only the globals.
g = {"n": 1}
l = {"n": 2}
exec("m = n * 10\ndef h(): return n\nr = h()", g, l)
print(sorted(l), l["m"], l["r"], sorted(g))
exec("class K:\n    q = n\n", g, l)
print(l["K"].q, l["K"].__module__)
print(eval("[n for _ in range(2)]", g, l))
print(eval("n", g, l), eval("n", g))

# Inside a function the default locals are a snapshot: assignments do not
# reach the function's variables, but the snapshot keeps them.
def f(p):
    q = p + 1
    exec("q = 100; r = 7")
    print(q, locals()["r"], eval("p + q"))
    d = {}
    exec("s = 5", None, d)
    print(d)
f(1)

# A class body: exec writes into the class namespace.
class C:
    exec("attr = 42")
    twice = eval("attr * 2")
print(C.attr, C.twice)

# Code objects from compile().
code = compile("z = 6 * 7", "<calc>", "exec")
ns = {}
print(exec(code, ns), ns["z"])
ecode = compile("z + 1", "<calc>", "eval")
print(eval(ecode, ns), eval(code, ns), ns["z"])

# exec of a function's code: its closure must be supplied.
def outer():
    v = "captured"
    def inner():
        print("inner sees", v)
    return inner
fn = outer()
exec(fn.__code__, {}, {}, closure=fn.__closure__)
print(eval((lambda: "no args").__code__))

# exec returns None; eval's value can be anything.
print(exec("pass"), eval("None"), eval("..."))
print(eval("sys.version_info >= (3,)"))

# Any buffer works as source text.
print(eval(bytearray(b"x + 1000")), eval(memoryview(b"x * 3")))
exec(bytearray(b"print('exec from a bytearray')"))
print(compile(memoryview(b"1"), "buf.py", "eval").co_filename)
