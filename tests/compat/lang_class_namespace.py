class C:
    """Doc string."""
    x = 1
    y = x + 1
    def m(self):
        return x_global
x_global = 'global'
print(C.y, C.__doc__, C.__name__, C.__qualname__, C.__module__, C().m())
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
class D:
    def f(self): return 'f'
    g = f
print(D().g(), D.__dict__['g'] is D.__dict__['f'])
def fn():
    """fn doc"""
print(fn.__doc__, fn.__name__, (lambda: 0).__name__)
