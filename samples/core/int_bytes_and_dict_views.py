for f in [lambda: (1).to_bytes(-1,'big'), lambda: (1).to_bytes(1, 5), lambda: (1).to_bytes(1,'mid'), lambda: (-1).to_bytes(1,'big'), lambda: (256).to_bytes(1,'big'), lambda: (1).to_bytes(1,'big',True), lambda: int.from_bytes('ab','big'), lambda: int.from_bytes([256],'big'), lambda: (1).to_bytes(length=1, byteorder='big', x=1), lambda: (128).to_bytes(1,'big',signed=True), lambda: (-129).to_bytes(1, 'big', signed=True), lambda: (0).to_bytes(0, 'big', signed=True), lambda: (1).to_bytes(0, 'big')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print((1).to_bytes(), int.from_bytes(b'\x80', signed=True), int.from_bytes([1,2]), (0).to_bytes(0,'big'), (-128).to_bytes(1,'big',signed=True), int.from_bytes(b'', 'little'), (2**70).to_bytes(10, 'little'))
print((-2**70).to_bytes(10, 'big', signed=True), int.from_bytes((-2**70).to_bytes(10, 'big', signed=True), 'big', signed=True), True.to_bytes(2, 'little'), int.from_bytes(bytes=b'\x01\x02', byteorder='little'))
print((65535).to_bytes(2, byteorder='big'), int.from_bytes(b'\xff' * 9, 'big'), (-1).to_bytes(9, 'little', signed=True))
d = {'a': 1, 'b': 2}
k, i, v = d.keys(), d.items(), d.values()
print(k == {'a', 'b'}, {'a', 'b'} == k, k == {'a': 0}.keys() | {'b'}, k != {'a'}, k < {'a', 'b', 'c'}, k >= {'a'}, k == ['a', 'b'])
print(sorted(k ^ {'b', 'c'}), sorted({'z'} | k), sorted({'a', 'z'} - k), sorted(k & ['a', 'q']), sorted(i - {('a', 1)}))
print(i == {('a', 1), ('b', 2)}, i <= {('a', 1), ('b', 2), 3}, sorted(i | {('c', 3)}))
for bad in [lambda: k & 5, lambda: v & {1}, lambda: k + {1}]:
    try: bad()
    except TypeError as e: print(e)
