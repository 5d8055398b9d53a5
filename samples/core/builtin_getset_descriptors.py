# The computed attributes of built-in types are descriptors in their types'
# dicts: read through the class they are the descriptor, through an
# instance its value; they are data descriptors (an instance dict cannot
# shadow them) and check the instance's type.
import sys


def f(a, b=2, *, c=3):
    "f's doc"
    return a


FunctionType = type(f)
print(FunctionType.__code__, FunctionType.__globals__)
print(type(FunctionType.__code__).__name__, type(FunctionType.__globals__).__name__)
print(FunctionType.__dict__["__defaults__"].__get__(f), FunctionType.__code__.__get__(f).co_name)
print(FunctionType.__code__.__name__, FunctionType.__code__.__qualname__, FunctionType.__code__.__objclass__)
print(FunctionType.__code__.__get__(None, FunctionType) is FunctionType.__dict__["__code__"])

# Writable ones check what they are given.
f.__defaults__ = (10,)
print(f(1), f.__defaults__, f.__kwdefaults__)
for name, value in [("__defaults__", [1]), ("__kwdefaults__", 3), ("__name__", 5), ("__code__", None), ("__dict__", [])]:
    try:
        setattr(f, name, value)
    except TypeError as e:
        print(name, "TypeError:", e)
for name in ["__globals__", "__closure__", "__builtins__"]:
    try:
        setattr(f, name, None)
    except AttributeError as e:
        print(name, "AttributeError:", e)
f.__module__ = "elsewhere"
f.__doc__ = None
print(f.__module__, f.__doc__, f.__dict__)
del f.__doc__
print(f.__doc__)

# A code object of the wrong shape is refused.
def outer():
    x = 1
    def inner():
        return x
    return inner

try:
    f.__code__ = outer().__code__
except ValueError as e:
    print("ValueError:", e)

# type's own descriptors win over a class's attributes.
class C:
    """C's doc"""
    x: int = 1


print(C.__name__, C.__qualname__, C.__doc__, C.__module__, C.__annotations__)
print(type.__dict__["__mro__"], type.__dict__["__name__"], type.__dict__["__mro__"].__get__(C))
C.__name__ = "Renamed"
C.__qualname__ = "Outer.Renamed"
print(C, C.__name__, C.__qualname__)
for bad in [3, None]:
    try:
        C.__name__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    C.__mro__ = ()
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print("TypeError:", e)


class D(C):
    pass


print(D.__annotations__, D.__doc__)

# __abstractmethods__ exists only once set.
try:
    D.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
D.__abstractmethods__ = frozenset()
print(D.__abstractmethods__)

# The descriptor checks the instance's type.
try:
    FunctionType.__code__.__get__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__dict__["__mro__"].__get__(5)
except TypeError as e:
    print("TypeError:", e)

# Numbers, slices, ranges, cells, properties and exceptions.
print(int.__dict__["real"], (7).real, (7).imag, True.numerator, (7).denominator, (2.5).real, (2.5).imag)
print(complex.__dict__["real"], (1 + 2j).imag)
print(slice(1, 2).start, range(3, 9, 2).step, type(slice(1)).__dict__["stop"])
try:
    (1 + 2j).real = 3
except AttributeError as e:
    print("AttributeError:", e)
cell = outer().__closure__[0]
print(cell.cell_contents)
cell.cell_contents = 42
print(outer.__code__.co_varnames, cell.cell_contents)
p = property(lambda self: 1, doc="a property")
print(p.__doc__, p.fset, property.__dict__["fget"])
e = KeyError("k")
print(e.args, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.args = [1, 2]
print(e.args)
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)
print(StopIteration(3).value, SystemExit(4).code, BaseException.__dict__["args"])

# Bound methods forward what they do not have to their function.
class E:
    def m(self):
        "m's doc"


bm = E().m
print(bm.__name__, bm.__doc__, bm.__qualname__, type(bm.__self__).__name__, bm.__func__ is E.m)
print([].append.__name__, [].append.__self__)
print(type(sys).__dict__["__dict__"], sys.__dict__ is vars(sys))
