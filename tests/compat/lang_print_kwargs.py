print('a', 'b', 'c', sep=', ', end='.\n')
print('no', 'space', sep='')
print('x', end='')
print('y')
print()
print(*range(3), sep=' | ')
print('flushed', flush=True)
print(None, True, 1.0, [None], sep=None, end=None)
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
