print([x for x in range(20) if x % 2 if x % 3])
print([x if x % 2 else -x for x in range(6)])
print([(x, y) for x in range(3) if x for y in 'ab' if y != 'a'])
print([c * i for i, c in enumerate('abc', 1)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [v for row in matrix for v in row])
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7)})
