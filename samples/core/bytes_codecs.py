# str.encode, bytes.decode and str(b, encoding) for UTF-8, ASCII and
# Latin-1, with the error handlers.
text = 'café €5 😀'
u = text.encode()
print(u, len(u), u.decode(), u.decode('utf-8') == text, text.encode('UTF-8') == u, text.encode('utf_8') == u)
print('café'.encode('latin-1'), 'café'.encode('latin1').decode('latin-1'), b'\xe9\xff'.decode('iso-8859-1'))
print('plain'.encode('ascii'), b'plain'.decode('ascii'), 'x'.encode(encoding='us-ascii'), str(b'caf\xc3\xa9', 'utf-8'))
print(str(bytearray(b'ba'), 'ascii'), str(memoryview(b'mv'), 'ascii'), bytearray('é', 'utf-8').decode())

for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    print(errors, text.encode('ascii', errors), text.encode('latin-1', errors))
for errors in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
    print(errors, ascii(b'a\xffb\xe4\xb8c\xed\xa0\x80'.decode('utf-8', errors)), ascii(b'a\xffb'.decode('ascii', errors)))
print(b'\xff\xfe'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))

def check(f):
    try:
        print(ascii(f()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ':', e)

check(lambda: text.encode('ascii'))
check(lambda: 'aé€b'.encode('ascii'))
check(lambda: 'é€'.encode('latin-1'))
check(lambda: '\ud800'.encode())
check(lambda: '\ud800\udc00x'.encode('utf-8'))
check(lambda: b'\xff'.decode())
check(lambda: b'ab\xc3'.decode())
check(lambda: b'\xe4\xb8x'.decode())
check(lambda: b'\xed\xa0\x80'.decode())
check(lambda: b'\xc0\x80'.decode())
check(lambda: b'\xf0\x90\x80'.decode())
check(lambda: b'\x80abc'.decode('ascii'))
check(lambda: b'x'.decode('no-such-codec'))
check(lambda: 'x'.encode('no-such-codec'))
check(lambda: b'\xff'.decode('utf-8', 'no-such-handler'))
check(lambda: b'fine'.decode('utf-8', 'no-such-handler'))
check(lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
check(lambda: b'\xff'.decode('utf-8', 'namereplace'))
check(lambda: b'x'.decode(1))
check(lambda: b'x'.decode('utf-8', 1))
check(lambda: str(b'x', 1))
check(lambda: str('x', 'utf-8'))
check(lambda: str(1, 'utf-8'))
