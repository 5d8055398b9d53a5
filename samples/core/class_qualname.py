class A:
    class B:
        pass
    class Err(Exception):
        pass
print(A.B, A.B.__qualname__, repr(A.B())[:24], A.B.__name__)
def f():
    class Local:
        pass
    return Local
print(f(), f().__qualname__)
A.B.__qualname__ = "Renamed"
print(A.B)
raise A.Err("boom")
