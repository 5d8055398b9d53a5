# range with steps and negatives.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(-5, 0)), list(range(5, 5)), list(range(5, 0)))
print(list(range(-1, -10, -3)), len(range(0, 100, 7)), range(3)[-1])
print(range(10), range(1, 5), range(0, 10, 2))
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print(sum(range(101)), max(range(7)), list(reversed(range(4))))
r = range(0, 20, 5)
print(r[1], r[-1], list(r[1:3]))
for i in range(3, -4, -3):
    print(i, end=" ")
print()
