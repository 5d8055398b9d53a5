# PEP 585 generic aliases (list[int]) and PEP 604 unions (int | str): their
# reprs, equality, attributes, isinstance/issubclass and use as base classes.
print(int|None, (int|str)|list[int], type(int|int), list[int]|None, (int|str)==(str|int), hash(int|str)==hash(str|int))
print(list[int].__name__, list[int].__class__, list[int].__mro_entries__((list[int],)), tuple[()], dict[str, list[int]], list[...])
try: isinstance([], list[int])
except TypeError as e: print(e)
print(isinstance(1, int|list[int]))
try: int | 3
except TypeError as e: print(e)
print(isinstance(1, int|str), issubclass(bool, int|str), isinstance(None, int|None))
print((int|str).__args__, (int|str).__parameters__, list[int].__parameters__, list[int]==list[int], list[int]()==[])
try: list[int][str]
except TypeError as e: print(e)
print(type(list[int]).__module__, type(int|str).__module__, type(list[int]).__name__, type(int|str).__name__)
class A(list[int]): pass
print(A.__mro__, A.__orig_bases__)
print(type[int], repr(list[int].__getitem__), list[int].__module__)
try: int[3]
except TypeError as e: print(e)
try: isinstance(3, 4)
except TypeError as e: print(e)
class M(type):
    def __getitem__(cls, k): return (cls.__name__, k)
class B(metaclass=M): pass
print(B[1], A | None, None | A)
try: isinstance(3, (int, 4))
except TypeError as e: print(e)
print(isinstance(3, (str, (int,))))
print(list.__len__, list.append, object.__eq__, int.__add__, list.__getitem__, len)
print(dict[str, int](a=1), list[int]([1, 2]).__class__, frozenset[int].__origin__, enumerate[str].__args__)
try:
    print(int | "str")
except TypeError as e:
    print("TypeError:", e)
u = int | str | None
print(u, u.__args__, isinstance(None, u), isinstance(2.0, u), issubclass(bool, u))
print({int | str: 1}[str | int], (int | str) != (int | bytes))
