# struct (CPython's struct.py over coil's native _struct): every format code in
# native and standard sizes and byte orders, alignment, pack_into/unpack_from
# offsets, iter_unpack, Struct objects, half floats, and struct.error's messages.
import struct
tests = [('<h',70000),('h',70000),('<H',-1),('H',-1),('<i',2**40),('i',2**40),('<I',-1),('I',-1),('<l',2**40),('l',2**70),('<L',-1),('L',-1),('<q',2**70),('q',2**70),('<Q',-1),('Q',-1),('b',200),('B',300),('<b',200),('<B',-1),('n',2**70),('N',-1),('c',b'ab'),('c',1),('s',1),('?',[]),('f',1e300),('<e',1e10),('<i','x'),('<d','x'),('<i',1.5),('P',-1),('<Q',2**64-1),('>q',-2),('<e',65504.0),('<e',1e-8),('<e',-0.0),('<f',1e300)]
for f,v in tests:
    try: print(f, struct.pack(f,v))
    except Exception as e: print(f, type(e).__name__, e)
for f,b in [('<i',b'\x00'),('<hh',b'abc')]:
    try: struct.unpack(f,b)
    except Exception as e: print(f, type(e).__name__, e)
for f in ['<z','3','<3', 'i i', '@iq','=iq','<5s2x?','<', '', '@bhiq', '@cd', '>dI']:
    try: print(repr(f), struct.calcsize(f))
    except Exception as e: print(repr(f), type(e).__name__, e)
try: struct.pack('<ii', 1)
except Exception as e: print(type(e).__name__, e)
try: struct.pack('<i', 1, 2)
except Exception as e: print(type(e).__name__, e)
print(struct.Struct('<i').format, struct.Struct('<ih').size)
print(struct.pack('<5p', b'ab'), struct.unpack('<5p', b'\x02abcd'), struct.pack('<?', 5), struct.unpack('<e', struct.pack('<e', 1.5)))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
try: list(struct.iter_unpack('<h', b'\x01'))
except Exception as e: print(type(e).__name__, e)
print(struct.unpack('<QqIiHhBb?', struct.pack('<QqIiHhBb?', 2**64-1, -2**63, 2**32-1, -2**31, 65535, -32768, 255, -128, True)))
print(struct.unpack('>dfe', struct.pack('>dfe', 3.14159, 2.5, -0.5)))
print(struct.pack('@bhiq', 1, 2, 3, 4), struct.unpack('@bhiq', struct.pack('@bhiq', 1, 2, 3, 4)))
b = bytearray(8); struct.pack_into('<hi', b, 2, 7, 9); print(b, struct.unpack_from('<i', b, 4), struct.unpack_from('<i', b, offset=-4))
try: struct.unpack_from('<i', b, 6)
except Exception as e: print(type(e).__name__, e)
try: struct.pack_into('<i', b, 6, 1)
except Exception as e: print(type(e).__name__, e)
s = struct.Struct('<2s3x?')
print(s.pack(b'abc', 0), s.unpack(b'ab\x00\x00\x00\x01'), s.size, struct.error, struct.error.__mro__[1].__name__)
print(struct.unpack('<3s', memoryview(b'xyz')), struct.unpack('4B', bytearray(b'\x01\x02\x03\x04')))
for v in (float('inf'), float('nan'), 1e-30, 5.960464477539063e-08, 6.103515625e-05, 0.333333333):
    print(struct.pack('<e', v), struct.unpack('<e', struct.pack('<e', v)))
