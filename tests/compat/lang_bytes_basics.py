b = b'hello'
print(b, b[0], b[1:3], list(b[:2]), len(b), b.upper(), b + b'!', b * 2)
print(bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'), b'\xc3\xa9'.decode('utf-8'))
print(b.hex(), bytes.fromhex('6869'), b.find(b'l'), b.split(b'l'), b.replace(b'l', b'L'))
print(b'a' < b'b', b'ab' == b'ab', b'x' in b'xyz', 120 in b'xyz', b'abc'.startswith(b'ab'))
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), ba.decode())
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
