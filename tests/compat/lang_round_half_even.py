for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675):
    print(v, round(v), round(v, 1))
print(round(1234, -2), round(1250, -2), round(1350, -2))
print(round(7), type(round(7.0)), type(round(7.0, 0)))
print(round(-2.5), round(0.125, 2), round(0.375, 2))
