d = {}
for k in 'hello':
    d[k] = d.get(k, 0) + 1
print(d)
d['h'] = 100
del d['e']
d['e'] = 0
print(d, list(reversed(d)))
try:
    for k in d:
        d[k + k] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
e = {'a': 1, 'b': 2}
print(e == {'b': 2, 'a': 1}, list(e.items())[0], {'a': 1, 'b': 2} == {'a': 1})
