# Found by the fuzz_compile target (a lambda in an annotation had no scope:
# a crash) and the differential fuzzer: annotations are evaluated where
# CPython evaluates them.
sho: (lambda: 1)
class T:
    pass
obj = T()
obj.attr: [i for i in range(3)]
print(__annotations__['sho']())

def f(a: print('ann a'), *b: print('ann b'), c: print('ann c') = 1) -> print('ret'):
    pass
print(f.__annotations__)

def g(a: int, b: 'text' = 1, *c: list, d, **e: dict) -> None:
    x: print('never evaluated in a function') = 1
    return x
print(g.__annotations__, g(1, d=2))
g.__annotations__['more'] = 1
print(g.__annotations__)

def h():
    pass
print(h.__annotations__, h.__dict__)

class C:
    z: (lambda q: q) = 5
    def m(self, x: int) -> str:
        return ''
print(C.__annotations__['z'](7), C.m.__annotations__)
