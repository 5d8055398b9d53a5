# bytes(...) in every form, and what it refuses.
class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'

class BadBytes:
    def __bytes__(self):
        return 'not bytes'

class Count:
    def __index__(self):
        return 3

def gen():
    yield 104
    yield 105

print(bytes(), bytes(0), bytes(4), bytes(Count()), bytes(True))
print(bytes([72, 105]), bytes((0, 255)), bytes(range(97, 100)), bytes(gen()), bytes([Count()]))
print(bytes(b'copy'), bytes(bytearray(b'from bytearray')), bytes(memoryview(b'from view')), bytes(memoryview(b'abcdef')[::2]))
print(bytes('héllo', 'utf-8'), bytes('héllo', 'latin-1'), bytes('hi', encoding='ascii'), bytes('é', 'ascii', 'replace'))
print(bytes(source=b'kw'), bytes(WithBytes()), bytes(x for x in b'gen'))

def check(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError, LookupError, UnicodeError) as e:
        print(type(e).__name__ + ':', e)

check(lambda: bytes('text'))
check(lambda: bytes(b'x', 'utf-8'))
check(lambda: bytes(5, 'utf-8'))
check(lambda: bytes('x', errors='strict'))
check(lambda: bytes(5, errors='strict'))
check(lambda: bytes(encoding='utf-8'))
check(lambda: bytes(errors='strict'))
check(lambda: bytes('x', 5))
check(lambda: bytes('x', 'utf-8', 5))
check(lambda: bytes('x', 'no-such-codec'))
check(lambda: bytes('€', 'latin-1'))
check(lambda: bytes(-1))
check(lambda: bytes(2**70))
check(lambda: bytes(1.5))
check(lambda: bytes(None))
check(lambda: bytes(object()))
check(lambda: bytes([256]))
check(lambda: bytes([-1]))
check(lambda: bytes([2**70]))
check(lambda: bytes(['a']))
check(lambda: bytes([1.0]))
check(lambda: bytes(BadBytes()))
check(lambda: bytes(b'', source=b''))
check(lambda: bytes(1, 2, 3, 4))
check(lambda: bytes(spam=1))
