a, b = {1, 2, 3}, {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4}, a < a, a.isdisjoint({9}), {1, 2}.issuperset({1}))
s = set()
s.add(5); s.add(5); s.update([1, 2], (3,)); s.discard(99); s.remove(1)
print(sorted(s), len(s), 2 in s, s.pop() in {2, 3, 5})
print(set(), {1, 2} == {2, 1}, frozenset([1]) == {1}, sorted(frozenset('ab')))
print(sorted({x % 4 for x in range(10)}), sorted(set([3, 1, 3])))
try:
    s.remove(100)
except KeyError as e:
    print('KeyError:', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
