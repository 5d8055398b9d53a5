class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM('a') as v, CM('b') as w:
    print('body', v, w)
with CM('s', swallow=True):
    raise ValueError('hidden')
print('after swallow')
try:
    with CM('p'):
        raise KeyError('kept')
except KeyError as e:
    print('propagated', repr(e))
def f():
    with CM('r'):
        return 'returned'
print(f())
