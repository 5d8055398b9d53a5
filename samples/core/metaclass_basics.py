class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {}
a = Config(); b = Config()
print(a is b, type(Config), Config.__class__, type(Singleton))
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.extra = kw
class Base(metaclass=Registry): pass
class Child(Base, flavor="x"):
    def hello(self):
        return super().__class__.__name__
    @classmethod
    def make(cls): return cls()
print(Registry.classes, Child.extra, type(Child), Child().hello(), type(Child.make()).__name__)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        print("keys", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcs, name, bases, ns)
class O(metaclass=OrderedMeta, opt=1):
    b = 1
    a = 2
    def __init_subclass__(cls, **kw): pass
print(O.injected)
class Meta(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
    def describe(cls):
        return "class " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Duck(metaclass=Meta): pass
class Q:
    quack = 1
print(isinstance(Q(), Duck), isinstance(1, Duck), issubclass(Q, Duck), issubclass(int, Duck), Duck.describe(), Duck.upper_name)
M2 = Meta("M2", (), {"x": 5})
print(M2.x, type(M2), M2.describe())
try:
    class A(metaclass=Registry): pass
    class B(metaclass=Meta): pass
    class C(A, B): pass
except TypeError as e:
    print(e)
def func_meta(name, bases, ns):
    ns["made_by"] = "func"
    return type(name, bases, ns)
class F(metaclass=func_meta):
    pass
print(F.made_by, type(F))
X = type("X", (Base,), {})
print(type(X), Registry.classes)
print(type.__new__(type, "Y", (), {}).__name__)
try:
    type.__new__(int, "Y", (), {})
except TypeError as e:
    print(e)
class AbstractMeta(type):
    def __call__(cls, *a, **k):
        if getattr(cls, "abstract", False):
            raise TypeError(f"Can't instantiate {cls.__name__}")
        return super().__call__(*a, **k)
class Shape(metaclass=AbstractMeta):
    abstract = True
class Sq(Shape):
    abstract = False
    def __init__(self, s): self.s = s
try:
    Shape()
except TypeError as e:
    print(e)
print(Sq(3).s)
class Auto(type):
    def __new__(mcs, name, bases, ns):
        for k, v in list(ns.items()):
            if k.startswith("get_"):
                ns[k[4:]] = property(v)
        return super().__new__(mcs, name, bases, ns)
class P(metaclass=Auto):
    def get_v(self): return 7
    def m(self): return super().__repr__()[:3]
print(P().v, P().m())
print(Singleton.__mro__, type.mro(Singleton))
