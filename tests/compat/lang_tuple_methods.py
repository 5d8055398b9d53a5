t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t + (4,), t * 2, (1,) * 0, () == tuple())
print((1, 2) < (1, 2, 0), (2,) > (1, 9), tuple('ab'), tuple([1]), len(t), hash((1, 2)) == hash((1, 2)))
x = 1,
print(x, type(x).__name__, (1), ((1, 2),))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
try:
    t[10]
except IndexError as e:
    print('IndexError:', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
