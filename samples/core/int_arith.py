# Arbitrary-precision integer arithmetic.
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a * b // b == a, (a * b) % b)
print(b - a, a - b)
print(3 ** 40 // 7 ** 10, 3 ** 40 % 7 ** 10)
print(abs(-5), abs(-2 ** 80), abs(0))
print(pow(2, 10), pow(3, 200, 1000), pow(2, 100, 10 ** 9 + 7), pow(-3, 3))
n = 1
for i in range(1, 31):
    n *= i
print("30! =", n)
print(n // 10 ** 20, -n // 10 ** 20)
print(10 ** 30 + 1 - 10 ** 30)
print(7 * -3, -7 * -3, 0 * -1)
print(1 << 70, (1 << 70) >> 68, 0xff & 0x0f, 0xf0 | 0x0f, 6 ^ 3, ~5)
print(-(1 << 65) >> 3, -1 >> 100)
