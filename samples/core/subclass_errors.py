# Misuse of subclassing and metaclasses: CPython's errors.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def final_base(t):
    def make():
        class X(t):
            pass
        return X
    return make

for t in (bool, range, slice, type(None), type(len), type(lambda: 0), type(iter([])), type({}.keys())):
    attempt("subclass " + t.__name__, final_base(t))

def layout_conflict():
    class X(list, dict):
        pass
attempt("list+dict", layout_conflict)

def str_int():
    class X(str, int):
        pass
attempt("str+int", str_int)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
def conflict():
    class C(A, B):
        pass
attempt("metaclass conflict", conflict)
attempt("type() conflict", lambda: type("C", (A, B), {}))

class L(list): pass
class T(tuple): pass
attempt("tuple.__new__(L)", lambda: tuple.__new__(L))
attempt("list.__new__(3)", lambda: list.__new__(3))
attempt("object.__new__(L)", lambda: object.__new__(L))
attempt("int.__new__(T)", lambda: int.__new__(T))
attempt("T(1, 2)", lambda: T(1, 2))
attempt("L(1, 2)", lambda: L(1, 2))
attempt("L(x=1)", lambda: L(x=1))
attempt("type.__new__(int)", lambda: type.__new__(int, "X", (), {}))
attempt("type.__new__ 2 args", lambda: type.__new__(type, "X", ()))
attempt("type() 2 args", lambda: type("X", ()))
attempt("type.__init__", lambda: type.__init__(int, 1, 2))

class NoInit:
    pass
attempt("NoInit(1)", lambda: NoInit(1))
class WithInit:
    def __init__(self, a):
        super().__init__(a)
attempt("object.__init__ extra", lambda: WithInit(1))
class WithNew:
    def __new__(cls, a):
        return super().__new__(cls, a)
attempt("object.__new__ extra", lambda: WithNew(1))

class HT(tuple):
    def __eq__(self, other):
        return True
attempt("hash of HT", lambda: hash(HT((1,))))
class HL(list):
    pass
attempt("hash of HL", lambda: hash(HL()))
class Slotted(tuple):
    __slots__ = ()
def set_attr():
    s = Slotted((1,))
    s.x = 1
attempt("slotted attr", set_attr)
def bad_slots():
    class X(int):
        __slots__ = ("a",)
attempt("int with slots", bad_slots)
def returns_non_none():
    class X(list):
        def __init__(self):
            return 1
    X()
attempt("__init__ returns", returns_non_none)
class Prep(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
def bad_prepare():
    class X(metaclass=Prep):
        pass
attempt("bad __prepare__", bad_prepare)
