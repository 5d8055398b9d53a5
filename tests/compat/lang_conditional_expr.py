for x in (-1, 0, 1):
    print('neg' if x < 0 else 'zero' if x == 0 else 'pos')
print([('even' if n % 2 == 0 else 'odd') for n in range(4)])
a = None
print(a if a is not None else 'fallback', (1 if True else 2) + 1)
