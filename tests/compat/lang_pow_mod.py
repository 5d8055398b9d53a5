print(pow(3, 4), pow(2, -1), pow(2, 10, 1000), pow(-2, 3), pow(2, 0.5))
print(pow(3, -1, 7), pow(38, -1, 97))
print(pow(7, 123456789, 1000000007))
print((-8) ** (1/3) if False else 'skip', 2 ** -2, (-2) ** 2, -2 ** 2)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
print(0 ** 0, 0.0 ** 0)
