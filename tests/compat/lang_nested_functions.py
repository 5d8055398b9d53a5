def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
def make_ops():
    ops = {}
    for name, fn in (('add', lambda x, y: x + y), ('sub', lambda x, y: x - y)):
        ops[name] = fn
    return ops
ops = make_ops()
print(ops['add'](2, 3), ops['sub'](2, 3))
def shadow():
    len = lambda x: 'mine'
    return len([1, 2])
print(shadow(), len([1, 2]))
def f(): return f.__name__, f.__qualname__
print(f())
class K:
    def m(self):
        def n(): pass
        return n.__qualname__
print(K().m(), K.m.__qualname__)
