a, b, c = 1, 2, 3
a, b = b, a
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = 'abcd'
x, *mid, y = range(5)
print(first, rest, init, last, x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
print(*[1, 2], *'ab', sep='-')
print([*range(3), *(4, 5)], {**{'a': 1}, 'b': 2, **{'a': 3}})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
