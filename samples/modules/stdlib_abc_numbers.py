# CPython's abc (through _py_abc) and numbers: abstract methods and
# properties, instantiation errors, register, __subclasshook__, the numeric
# tower.
from abc import ABC, abstractmethod, ABCMeta, abstractproperty
import abc, numbers
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
    @property
    def name(self): return "sq"
for cls in (Shape,):
    try: cls()
    except TypeError as e: print("TypeError:", e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print("TypeError:", e)
q = Sq(3)
print(q.area(), q.perimeter(), q.name, isinstance(q, Shape), Shape.__abstractmethods__ == frozenset({'area', 'perimeter', 'name'}))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(int, Reg), issubclass(str, Reg))
class Sized2(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__len__') or NotImplemented
print(isinstance([], Sized2), isinstance(3, Sized2))
print(isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(2.5, numbers.Integral))
print(abc.get_cache_token() is not None, Sq.__abstractmethods__)
