x = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print('x' in globals(), 'f' in dir(), globals()['x'], 'nope' in globals())
class C:
    k = 1
    def m(self): pass
o = C(); o.z = 3
print(vars(o), sorted(k for k in vars(C) if not k.startswith('_')), 'm' in dir(o), 'z' in dir(o))
