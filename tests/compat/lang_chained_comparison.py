def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1 != 3 == 3)
x = 5
print(0 <= x < 10, 0 <= x < 5, 'a' < 'b' <= 'b' in 'abc')
n, one = None, 1
print(one is not n is not False)
