# chain, islice, zip_longest, accumulate, groupby, takewhile, dropwhile,
# starmap, filterfalse, tee, pairwise, compress.
import operator
from itertools import (chain, islice, zip_longest, accumulate, groupby, takewhile,
                       dropwhile, starmap, filterfalse, tee, pairwise, compress)

print(list(chain("ab", [1, 2], (3,))), list(chain()))
print(list(chain.from_iterable(["ab", "cd", []])))
print(list(chain.from_iterable([range(2), range(3)])))

print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)),
      list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)),
      list(islice("abcdefg", 1, 6, 2)), list(islice("abc", None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 5, 3)), next(it))
for args in [(-1,), (1, -1), (0, 5, 0), ("a",)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print("ValueError:", e)

print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(accumulate([], initial=0)), list(accumulate("abc")))

print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print([k for k, g in groupby("aabbbc")])
groups = groupby("xxyyz")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])))

print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter("xyz"), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0))

print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False] * 2)))

def gen():
    for i in range(3):
        print("  produce", i)
        yield i

print(list(islice(gen(), 2)))
