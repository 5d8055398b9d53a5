def gen(n):
    print('start')
    for i in range(n):
        yield i * i
    print('end')
g = gen(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(list(gen(2)), sum(gen(4)))
print(next(iter([]), 'dflt'), next(gen(0), 'none'))
