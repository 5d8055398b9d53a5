print(min(3, 1, 2), max([3, 1, 2]), min('bca'), max('apple', 'fig', key=len))
print(min([], default='empty'), max([], default=None), max([1, 3, 2], key=lambda x: -x))
print(max([(1, 'b'), (1, 'a')]), min([[2], [1, 5]]), max(1, 2.5), min(True, 0))
print(max(['aa', 'b', 'cc'], key=len), min(['aa', 'b', 'cc', 'd'], key=len))
for bad in (lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, 'a')):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
