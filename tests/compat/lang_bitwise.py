print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(~0, ~-1, -5 & 0xff, -5 >> 1, -1 >> 100, 1 << 65)
print(bin(-10), hex(255), oct(8), bin(0))
print((123).bit_length(), (-1).bit_length(), (0).bit_length())
print(True & False, True | False, True ^ True)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
