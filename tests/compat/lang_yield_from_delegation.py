def inner():
    got = yield 'i1'
    print('inner got', got)
    got = yield 'i2'
    print('inner got', got)
    return 'ret'
def outer():
    r = yield from inner()
    yield 'outer ' + r
g = outer()
print(next(g))
print(g.send('a'))
print(g.send('b'))
print(list(x for x in (yield_ for yield_ in range(3))))
def flat(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x
print(list(flat([1, [2, [3, [4]], 5]])))
