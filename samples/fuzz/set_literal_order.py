# Found by tests/fuzz/difffuzz.py: CPython folds a set display of constants
# into a frozenset constant, built twice (the second time from its own
# iteration order), which can reorder colliding ints.
print({10, 3, 2}, {0, 10, 2, 3}, {8, 16, 0, 24, 1}, {1, 9}, {-1, -2, 7})
for x in {10, 3, 2}:
    print(x, end=' ')
print()
print([x for x in {10, 3, 2}], {x for x in {18, 2, 10}}, 2 in {10, 3, 2}, 5 not in {13, 5, 21})
a = 2
print({10, 3, a}, {*[10, 3, 2]})
s = set()
s.update({10, 3, 2})
print(s, frozenset({10, 3, 2}))
