# product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [1, 2])))
print(list(product(range(2), repeat=3)))
print(list(product("ab", "xy", repeat=2))[:6], len(list(product("ab", "xy", repeat=2))))
print(list(product()))
print(list(product("ab", [])))
print(["".join(p) for p in permutations("abc")])
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 3)), list(combinations([1, 2], 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([1, 2], 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
for name, f in [("permutations", lambda: permutations("ab", -1)),
                ("combinations", lambda: combinations("ab", -1)),
                ("product", lambda: product("ab", repeat=-1))]:
    try:
        f()
    except ValueError as e:
        print(name, "ValueError:", e)
