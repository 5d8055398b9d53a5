x = 2 ** 200
print(x)
print(x // 3, x % 1000007)
print(-x >> 100, x.bit_length())
print((10 ** 30 + 1) * (10 ** 30 - 1))
print(int('123456789' * 5) + 1)
print(factorial := 1)
for i in range(1, 31):
    factorial *= i
print(factorial, len(str(factorial)))
print(-(2 ** 70) // 7, -(2 ** 70) % 7)
