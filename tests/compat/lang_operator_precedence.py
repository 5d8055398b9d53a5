print(2 + 3 * 4 ** 2, (2 + 3) * 4, -3 ** 2, 2 ** 3 ** 2)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, ~5 + 1, not 1 == 2)
print(1 < 2 == 2, 3 > 2 > 1, (3 > 2) > 1)
print(True + True, 5 // 2 * 2, 5 % 3 * 2, 10 - 2 - 3)
print(not True or True, not (True or True), 0 or '' or [] or 'x')
print(1 and 2 and 0 and 3, None or 0)
x = 5
print(-x ** 2, (-x) ** 2, x if x > 3 else -x)
