from functools import partial, reduce
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square.func is power, square.keywords)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 'init'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)
