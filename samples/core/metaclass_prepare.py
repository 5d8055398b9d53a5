class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class Rec(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return RecordingDict()
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls
class Colors(metaclass=Rec):
    RED = 1
    GREEN = 2
    BLUE = RED + GREEN
    def show(self):
        return __class__.__name__
print(Colors.order, Colors.BLUE, Colors().show())
class Strict(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate {k}")
        super().__setitem__(k, v)
class SM(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Strict()
try:
    class Bad(metaclass=SM):
        x = 1
        x = 2
except TypeError as e:
    print(e)
