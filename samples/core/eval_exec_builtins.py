# globals['__builtins__'] decides which builtins eval()/exec()'d code sees,
# as in CPython: a dict of one's own restricts them (the usual "safe eval").
for b in [{}, None, {'len': lambda x: 99}, 5]:
    try: print(eval('len([1])', {'__builtins__': b}))
    except Exception as e: print(type(e).__name__, e)
g = {'__builtins__': {'len': lambda x: -1}}
exec('def h(): return len([1])', g)
print(g['h'](), g['h']())
print(eval('abs(-2)', {'__builtins__': __builtins__}))
import builtins
print(eval('abs(-3)', {'__builtins__': builtins}), eval('abs(-4)', {'__builtins__': builtins.__dict__}))
print(eval('[len(x) for x in ["ab"]]', {'__builtins__': {'len': lambda s: 'L'}}))
try:
    eval('abs(1)', {'__builtins__': {}}, {})
except NameError as e:
    print(e)
safe = {"__builtins__": {"min": min, "max": max}}
print(eval("max(3, min(9, 4))", safe))
try:
    eval("open('x')", safe)
except NameError as e:
    print(e)

# A function keeps the builtins it was made with; the module's running code
# keeps its own even when __builtins__ is rebound afterwards.
ns = {}
exec("""
x = len([1])
__builtins__ = {}
print("module code still sees print", x)
def f():
    return len([1, 2])
try:
    f()
except NameError as e:
    print(e)
""", ns)

# A function's __builtins__ is that dict.
def plain():
    pass
print(plain.__builtins__ is __builtins__.__dict__, ns["f"].__builtins__)
