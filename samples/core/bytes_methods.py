# The searching, splitting and joining methods of bytes.
b = b'the cat sat on the mat'
print(b.find(b'at'), b.find(b'at', 6), b.find(b'at', 6, 9), b.find(b'dog'), b.find(116), b.find(b''), b.find(b'', 100))
print(b.rfind(b'at'), b.rfind(b'at', 0, 10), b.rfind(97), b.rfind(b'', 5))
print(b.index(b'sat'), b.rindex(b'the'), b.count(b'at'), b.count(b'at', 10), b.count(b''), b.count(32))
print(b.find(b't', -5), b.find(b't', None, None), b.count(b'a', -100, 100), b'aaaa'.count(b'aa'))
print(b.startswith(b'the'), b.startswith(b'cat', 4), b.startswith((b'dog', b'the')), b.endswith(b'mat'), b.endswith(b'sat', 0, 11))
print(b.startswith(b''), b'abc'.startswith(b'', 3), b'abc'.startswith(b'', 4), b'abc'.endswith(bytearray(b'bc')))

print(b.split(), b.split(b' '), b.split(b' ', 2), b.rsplit(b' ', 2), b.split(b'at'))
print(b'  a  b  '.split(), b'  a  b  '.split(None, 1), b'  a  b  '.rsplit(None, 1), b''.split(), b''.split(b','))
print(b'a,b,,c,'.split(b','), b'a,b,,c,'.rsplit(b',', 1), b'a\tb\nc\x0bd\x0ce\rf'.split(), b'a\x1cb'.split())
print(b'one\ntwo\r\nthree\rfour'.splitlines(), b'one\ntwo\r\n'.splitlines(True), b''.splitlines(), b'\n\n'.splitlines())

print(b.partition(b' '), b.rpartition(b' '), b.partition(b'dog'), b.rpartition(b'dog'))
print(b', '.join([b'a', b'b', b'c']), b''.join([]), b'-'.join([bytearray(b'x'), memoryview(b'y'), b'z']), b'-'.join(b'x' for _ in range(3)))

print(b.replace(b'at', b'og'), b.replace(b'at', b'og', 1), b.replace(b'', b'|'), b'abc'.replace(b'', b'-', 2), b.replace(b'the ', b''))
print(b'xxhixx'.strip(b'x'), b'xxhixx'.lstrip(b'x'), b'xxhixx'.rstrip(b'x'), b' \t hi \n'.strip(), b'abcba'.strip(b'ab'), b'hi'.strip(None))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'abc'.removeprefix(b'x'), b'abc'.removesuffix(b''))

# An exact bytes that nothing changes is returned as it is, as in CPython.
s = b'unchanged'
print(s.replace(b'x', b'y') is s, s.strip() is s, s.center(3) is s, s[:] is s, s.removeprefix(b'q') is s)
