d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
d['d'] = 4
print(list(k), list(v), list(i), len(k), 'a' in k, ('a', 1) in i, 4 in v)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(i & {('b', 2)}))
print(k == {'a', 'b', 'c', 'd'}, type(k).__name__, type(v).__name__, type(i).__name__)
print(list(reversed(k)), list(reversed(d.values())))
