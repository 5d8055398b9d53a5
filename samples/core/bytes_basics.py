# bytes: literals, repr, indexing, slicing, iteration, operators, hashing.
b = b'hello world'
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::3], b[100:])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(list(b'abc'), [x for x in b'\x00\xff'], tuple(reversed(b'xyz')))
print(type(iter(b'')).__name__, next(iter(b'A')))

# repr picks the quote CPython picks and escapes the rest.
for v in [b"it's", b'say "hi"', b'both \' and "', b'back\\slash', b'\x00\x07\t\n\r\x1f\x7f\x80\xfe\xff', b'']:
    print(repr(v), str(v), f'{v}', f'{v!r:>30}|')

# Comparisons are lexicographic on the byte values.
print(b'a' < b'b', b'ab' < b'b', b'abc' > b'ab', b'' <= b'', b'\xff' > b'\x00')
print(b'a' == b'a', b'a' != b'a', b'a' == 'a', b'a' != 'a', b'1' == 1)
print(sorted([b'pear', b'apple', b'fig', b'Zoo']), max(b'hello'), min(b'hello'))

# Hashable, so usable as keys; equal bytes hash equally.
d = {b'key': 1, b'other': 2}
print(d[b'key'], b'other' in d, hash(b'abc') == hash(bytes([97, 98, 99])), len({b'a', b'a', b'b'}))

# + and * with bytes and bytes-likes.
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), b'ab' + memoryview(b'cd'), b'ab' * 3, 2 * b'xy', b'x' * 0, b'x' * -4)
x = b'abc'
x += b'def'
x *= 2
print(x)

# `in` takes an int (a byte) or a bytes-like object.
print(104 in b, b'wor' in b, bytearray(b'lo w') in b, memoryview(b'ld') in b, 0 in b, b'' in b)
print(bool(b''), bool(b'\x00'), not b'x')

class Index:
    def __index__(self):
        return 1

print(b'abc'[Index()], b'abc'[True], b'abc'[-3])

# Sequence patterns leave bytes and bytearray alone but take a memoryview;
# bytes(x) and bytearray(x) patterns bind the subject itself.
for v in [b'ab', bytearray(b'ab'), memoryview(b'ab'), b'xyz']:
    match v:
        case [first, second]:
            print('sequence', first, second)
        case b'ab':
            print('equal to the literal', v)
        case bytes(whole):
            print('bytes', whole)
