# functools.partial and functools.reduce.
from functools import partial, reduce
import operator

def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(3), cube(3, exp=4), partial(power, 2)(10), partial(power, mod=7)(3, 5))
p = partial(power, 2, mod=5)
print(p.func is power, p.args, p.keywords, p(3))
pp = partial(p, 4)
print(pp.func is power, pp.args, pp.keywords, pp())
print(repr(partial(max, 1, 2)))
print(repr(partial(sorted, key=len, reverse=True)))
print(partial(sorted, key=len)(["ccc", "a", "bb"]))
int2 = partial(int, base=2)
print(int2("1011"), list(map(partial(operator.mul, 3), [1, 2, 3])))
for bad in [lambda: partial(), lambda: partial(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [1, 2, 3, 4], 10))
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(operator.add, [], 0), reduce(max, [7]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(operator.concat, ["ab", "cd", "ef"]))
for bad in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5),
            lambda: reduce(operator.add), lambda: reduce(1, [1, 2])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
