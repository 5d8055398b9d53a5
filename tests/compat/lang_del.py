x = 1
del x
try:
    x
except NameError as e:
    print('NameError:', e)
lst = [0, 1, 2, 3, 4]
del lst[1], lst[-1]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)
class O: pass
o = O(); o.a = 1
del o.a
try:
    del o.a
except AttributeError as e:
    print('AttributeError:', e)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print('NameError:', e)
