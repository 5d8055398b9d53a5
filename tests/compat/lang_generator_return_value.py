def g():
    yield 1
    return 'done'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
def outer():
    r = yield from g()
    print('inner returned', r)
    yield 2
print(list(outer()))
