# List, dict and set comprehensions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))])
print([[row[i] for row in matrix] for i in range(3)])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
print({w: len(w) for w in "the quick brown fox".split() if len(w) > 3})
print(sorted({c.upper() for c in "hello"}))
print([c for c in "a1b2c3" if c.isdigit()])
x = "outer"
print([x for x in "ab"], x)
print([(i, s) for i, s in enumerate("xyz") if i != 1])
