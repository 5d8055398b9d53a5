# floor division and modulo follow the sign of the divisor
for a in (7, -7):
    for b in (3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -0.0 % 5)
print(divmod(-7.5, 2))
