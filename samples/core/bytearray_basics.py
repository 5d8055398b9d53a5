# bytearray: construction, repr, item and slice assignment, deletion.
print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([65, 66]), bytearray('é', 'utf-8'), bytearray(range(3)))
print(bytearray(memoryview(b'mv')), bytearray(bytearray(b'copy')), bytearray(source=b'kw'), bytearray(x for x in b'gen'))
print(repr(bytearray(b"it's")), repr(bytearray(b'"')), str(bytearray(b'x')), f'{bytearray(b"f")}')

ba = bytearray(b'0123456789')
print(ba[0], ba[-1], ba[2:5], ba[::-3], type(ba[1:2]).__name__, list(ba[:3]), len(ba))
ba[0] = 65
ba[-1] = ord('Z')
print(ba)
ba[1:3] = b'xyz'
print(ba)
ba[1:4] = b''
print(ba)
ba[1:1] = bytearray(b'<>')
print(ba)
ba[5:2] = b'!'
print(ba)
ba[::2] = b'abcdef'
print(ba)
ba[::-4] = [1, 2, 3]
print(ba)
ba[:] = memoryview(b'replaced')
print(ba)
ba[2:4] = ba
print(ba)
ba[::3] = b''
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
del ba[:]
print(ba, len(ba), bool(ba))

ba = bytearray(b'hello')
it = iter(ba)
print(next(it), type(it).__name__)
ba.clear()
print(list(it))
print(bytearray(b'a') == b'a', b'a' == bytearray(b'a'), bytearray(b'a') < b'b', bytearray(b'b') > memoryview(b'a'), bytearray(b'a') == 'a')
print(bytearray.__hash__, 98 in bytearray(b'abc'), b'bc' in bytearray(b'abc'))

def check(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, IndexError, LookupError) as e:
        print(type(e).__name__ + ':', e)

ba = bytearray(b'abc')

def setitem(k, v):
    def run():
        ba[k] = v
        return ba
    return run

check(lambda: hash(bytearray()))
check(lambda: ba[3])
check(lambda: ba['x'])
check(lambda: ba[2**70])
check(setitem(3, 1))
check(setitem(0, 256))
check(setitem(0, -1))
check(setitem(0, 'a'))
check(setitem(0, b'a'))
check(setitem('x', 1))
check(setitem(slice(0, 1), 5))
check(setitem(slice(0, 1), 'ab'))
check(setitem(slice(0, 1), [300]))
check(setitem(slice(0, 1), object()))
check(setitem(slice(None, None, 2), b'xyz'))
check(lambda: bytearray('x'))
check(lambda: bytearray(b'x', 'utf-8'))
check(lambda: bytearray(1.5))
check(lambda: bytearray(-1))
check(lambda: bytearray([256]))
check(lambda: bytearray(['a']))
check(lambda: bytearray(3, errors='x'))
check(lambda: bytearray('é', 'ascii'))
check(lambda: bytearray(1, 2, 3, 4))
check(lambda: bytearray(spam=1))
check(lambda: bytearray(b'', source=b''))
