print(int('0x1f', 0), int('0o17', 0), int('0b101', 0), int('42', 0))
print(int('ff', 16), int('z', 36), int('  -12  '), int('1_000_000'))
print(int(3.99), int(-3.99), int(True))
print(int('0x_ff', 16), int('101', 2))
for bad in ('012', '1.5', '', '0x'):
    try:
        int(bad, 0) if bad != '1.5' else int(bad)
    except ValueError as e:
        print('ValueError:', e)
