vals = [0.1, 0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001,
        1.0, -0.0, 3.14159, 2.5e-10, 1e22, 1e300 * 1e10, float('nan'), 1/3]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), -float('inf'), float('  -1.5e3 '))
print(5e-324, 1.7976931348623157e308)
