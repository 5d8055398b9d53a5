# bytearray's mutating methods, += and *=, and the methods it shares with
# bytes (which return bytearrays).
ba = bytearray(b'abc')
print(ba.append(100), ba)
ba.extend(b'ef')
ba.extend([103, 104])
ba.extend(x for x in b'ij')
ba.extend(memoryview(b'kl'))
ba.extend(ba[:2])
print(ba)
ba.insert(0, ord('<'))
ba.insert(-1, ord('|'))
ba.insert(100, ord('>'))
ba.insert(-100, ord('^'))
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('a'))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c[0] = 0
print(c is ba, c == ba, ba)
ba.clear()
print(ba, len(ba))

ba = bytearray(b'ab')
alias = ba
ba += b'cd'
ba += bytearray(b'ef')
ba += memoryview(b'gh')
print(ba, alias is ba)
ba *= 2
print(ba, alias is ba)
ba *= 0
print(ba, alias is ba)
print(bytearray(b'xy') * 3, 2 * bytearray(b'z'), bytearray(b'a') + b'b', b'a' + bytearray(b'b'), type(b'a' + bytearray(b'b')).__name__)

s = bytearray(b'  Hello World  ')
print(s.strip(), s.upper(), s.split(), s.replace(b'l', b'L'), s.find(b'World'), s.count(b'l'), s.strip().title())
print(s.partition(b'o'), s.rpartition(b'o'), bytearray(b',').join([b'a', b'b']), s.strip().center(15, b'*'), s.hex(' ', 4))
print(bytearray(b'%d items') % 3, bytearray.fromhex('de ad'), bytearray(b'x').zfill(3), bytearray(b'a\tb').expandtabs(3))
print(bytearray(b'abc').translate(bytes.maketrans(b'a', b'A')), bytearray(b'a\nb').splitlines(), bytearray(b'ABC').lower().decode())
print(bytearray(b'abc').removeprefix(b'a'), bytearray(b'abc').isalpha(), bytearray(b'AbC').swapcase(), bytearray(b'x y').istitle())

def check(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)

ba = bytearray(b'abc')
check(lambda: ba.append(256))
check(lambda: ba.append('a'))
check(lambda: ba.append())
check(lambda: ba.extend(1))
check(lambda: ba.extend(['a']))
check(lambda: ba.extend([300]))
check(lambda: ba.insert(0))
check(lambda: ba.insert('a', 1))
check(lambda: ba.pop(10))
check(lambda: bytearray().pop())
check(lambda: ba.pop('a'))
check(lambda: ba.remove(120))
check(lambda: ba.remove(300))
check(lambda: ba.reverse(1))
check(lambda: ba.copy(1))
check(lambda: bytearray.append(b'x', 1))
check(lambda: bytearray.append())
check(lambda: bytearray.copy(ba))

def iadd(v):
    def run():
        global ba
        ba += v
        return ba
    return run

check(iadd([1]))
check(iadd('x'))
check(lambda: ba + 'x')
check(lambda: ba * 'x')
