from itertools import groupby, tee
data = 'aaabccdd'
print([(k, len(list(g))) for k, g in groupby(data)])
rows = [('x', 1), ('x', 2), ('y', 3)]
print({k: [v for _, v in g] for k, g in groupby(rows, key=lambda r: r[0])})
a, b = tee([1, 2, 3])
print(list(a), list(b))
