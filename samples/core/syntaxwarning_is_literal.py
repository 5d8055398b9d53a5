x = 5
if x is 5:
    print('same object')
print(x is not 'a', x is None, x is ..., x is True, x is -1, x is (), x is (1, 2), x is x, 1 is x, x is 1 + 1)
y = [x is 'dup', x is 'dup']
def f():
    return x is 3.5
print(f(), 1 is 1 is x)
