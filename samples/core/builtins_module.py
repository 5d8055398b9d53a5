# The builtins module: its dict is where every module finds built-in names.
import builtins
import sys

print(builtins, builtins.__name__, builtins.print is print, builtins.len is len)
print(sys.modules["builtins"] is builtins, __builtins__ is builtins)
print(builtins.__dict__ is __builtins__.__dict__, type(builtins.__dict__).__name__)
print(sorted(k for k in vars(builtins) if k.startswith("__")))
print(builtins.__doc__.splitlines()[0])
print(builtins.ValueError is ValueError, builtins.True_ if hasattr(builtins, "True_") else "-")
print(all(name in dir(builtins) for name in ["abs", "compile", "eval", "exec", "globals", "object"]))

# A name assigned on the module is visible everywhere, even to code that
# already ran its lookups once (the global cache notices the new name).
def lookup():
    return shared_name
try:
    lookup()
except NameError as e:
    print(e)
builtins.shared_name = "from builtins"
print(lookup(), shared_name)
print(eval("shared_name"), eval("shared_name", {}))
exec("print(shared_name)", {"__builtins__": builtins.__dict__})

# A module global shadows the builtin; deleting it uncovers the builtin.
shared_name = "global"
print(lookup())
del shared_name
print(lookup())
del builtins.shared_name
try:
    lookup()
except NameError as e:
    print(e)

# Replacing a builtin changes it for everyone; restoring puts it back.
original_len = builtins.len
builtins.len = lambda obj: 42
print(len([1, 2, 3]))
builtins.len = original_len
print(len([1, 2, 3]))

# Imported modules see the builtins dict as __builtins__.
import collections
print(type(collections.__builtins__).__name__, collections.__builtins__ is builtins.__dict__)

# __import__ is the import statement's hook.
m = __import__("math")
print(m.__name__, __import__("collections", fromlist=["deque"]).deque.__name__)
try:
    __import__()
except TypeError as e:
    print(e)
try:
    __import__(5)
except TypeError as e:
    print(e)
try:
    __import__("")
except ValueError as e:
    print(e)
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(e)

# Names every module can see without defining them.
print(__debug__, eval("__name__", {}), type(__build_class__).__name__)
