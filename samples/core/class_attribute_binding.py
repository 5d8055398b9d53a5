# Which class attributes bind to the instance: functions and the methods of
# built-in types do; built-in functions, classes and other callables do not.
# Dunders found on the type bind through the descriptor protocol too.
class Box:
    def __init__(self, v):
        self.v = v
    def __call__(self, x):
        return ("called", self.v, x)

def free(x, y=None):
    return ("free", x is holder, y)

class Holder:
    as_method = free
    builtin_abs = abs
    builtin_len = len
    a_class = Box
    callable_obj = Box(1)
    list_append = list.append
    @staticmethod
    def __sub__(other):
        return ("static sub", other)
    @classmethod
    def __add__(cls, other):
        return ("class add", cls.__name__, other)
    @staticmethod
    def __neg__():
        return "static neg"
    __len__ = staticmethod(lambda: 3)

holder = Holder()
print(holder.as_method(), holder.builtin_abs(-4), holder.builtin_len("abc"), holder.a_class(2).v)
print(holder.callable_obj(5), Holder.builtin_abs(-1), type(holder.builtin_abs).__name__)
print(holder - 1, holder + 2, -holder)
try:
    len(holder)
except TypeError as e:
    print("TypeError", e)
items = []
Holder.list_append(items, 1)
print(items)
try:
    holder.list_append(1)
except TypeError as e:
    print("TypeError", e)
