print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, float)))
print(isinstance([], (list, tuple)), isinstance(None, type(None)), issubclass(bool, (str, int)))
print(type(1), type('a'), type([]), type(None), type(type), type(len))
print(type(1) is int, type(True) == int, type(3.0).__name__, int.__name__)
class A: pass
class B(A): pass
print(type(B()), isinstance(B(), A), type(B()) is A, issubclass(B, B), B.__bases__)
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
