from collections import defaultdict
d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(dict(d), d['missing'], len(d))
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nd = defaultdict(lambda: 'n/a')
print(nd['x'], 'x' in nd, repr(defaultdict(int, {'a': 1})))
