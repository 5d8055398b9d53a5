def src():
    for i in range(3):
        print('produce', i)
        yield i
ge = (x * 2 for x in src())
print('created')
print(next(ge))
print(list(ge))
print(sum(x for x in range(5)), any(x > 3 for x in range(5)), all(x < 3 for x in []))
try:
    (1 / x for x in [1, 0])
    print('not evaluated yet')
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
