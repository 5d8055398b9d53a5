# Case, character classes, padding, hex, translate and tabs on bytes
# (ASCII only: other bytes are left alone).
b = b'Hello, World! \xe9'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"they're bill's friends".title(), b'hELLO wORLD'.capitalize(), b'123abc'.capitalize())
for v in [b'abc', b'ABC', b'Abc Def', b'abc1', b'123', b' \t\n', b'', b'\x80', b'a b', b'A1 B2', b'\x1c']:
    print(repr(v), v.isalpha(), v.isalnum(), v.isdigit(), v.islower(), v.isupper(), v.istitle(), v.isspace(), v.isascii())

print(b'abc'.center(9, b'*'), b'abc'.center(8, b'*'), b'ab'.center(5), b'abc'.ljust(6, b'.'), b'abc'.rjust(6), b'abc'.center(2))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(2), b''.zfill(3), b'-'.zfill(3))
print(b'a\tbc\tdef\tg'.expandtabs(), b'a\tbc\tdef\tg'.expandtabs(4), b'ab\n\tc'.expandtabs(2), b'a\tb'.expandtabs(tabsize=0))

print(b'\x00\x0f\xf0\xff'.hex(), b'hello'.hex(':'), b'hello'.hex(' ', 2), b'hello'.hex('-', -2), b'hello'.hex(sep=b'_', bytes_per_sep=3))
print(bytes.fromhex('48656c6c6f'), bytes.fromhex('48 65 6C\t6c\n6f '), bytes.fromhex(''), b''.fromhex('ff'))

table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], b'aabbcc'.translate(table), b'abcabc'.translate(None, b'b'), b'abcabc'.translate(table, b'a'))
print(b'abc'.translate(bytearray(range(256))), bytes.maketrans(b'', b'') == bytes(range(256)))
