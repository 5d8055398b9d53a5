d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('z', 26), d)
print(d.pop('z'), d.pop('zz', 'none'), d.popitem(), d)
d.update({'x': 1}, y=2); d.update([('w', 0)])
print(d, len(d), 'x' in d, 1 in d)
print(dict.fromkeys('ab', 0), dict(a=1, b=2), dict([(1, 2)]), {**d} == d)
d2 = {'a': 1} | {'b': 2}
d2 |= {'a': 5}
print(d2, {1: 'a', True: 'b', 1.0: 'c'})
for bad in (lambda: d['nope'], lambda: {}.popitem(), lambda: d.pop('nope')):
    try:
        bad()
    except KeyError as e:
        print('KeyError:', e)
