# List slicing, slice assignment, del, operators.
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:])
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
b = [1, 2] * 3
print(b, [0] * 0, b + [9], [1] + [2, 3])
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
print(grid, grid[1], grid[1][2])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == [2, 1], [1, 2] < [1, 3], [] == [])
c = a
c.append("end")
print(a is c, a)
print(len([[], [], []]), [[1, 2], [3]][0][1])
