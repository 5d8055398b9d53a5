# type.__subclasses__ holds its subclasses weakly, as CPython's does.
import weakref
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A, B): pass
print(Base.__subclasses__(), A.__subclasses__(), C.__subclasses__())
print(weakref.getweakrefcount(A), weakref.getweakrefcount(C))
def make():
    class Temp(Base):
        pass
    return len(Base.__subclasses__())
print(make(), len(Base.__subclasses__()))
class MyInt(int): pass
print(MyInt in int.__subclasses__())
