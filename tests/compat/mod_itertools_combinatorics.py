from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', [1, 2])), len(list(product(range(3), repeat=3))))
print(list(permutations('abc', 2)), len(list(permutations(range(5)))))
print(list(combinations(range(4), 2)), list(combinations_with_replacement('ab', 2)))
