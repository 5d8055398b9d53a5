r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], 11 in r, 12 in r)
print(list(range(5, 0, -2)), list(range(0)), range(3) == range(0, 3), r.index(8), r.count(5))
print(list(range(-3)), len(range(10, 0)), range(0, 10, 2)[::-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    r[100]
except IndexError as e:
    print('IndexError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
