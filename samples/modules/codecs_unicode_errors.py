# UnicodeDecodeError and UnicodeEncodeError carry CPython's fields (encoding,
# object, start, end, reason) and messages, raised natively or constructed;
# codecs' registry, incremental decoders and error handlers run on them.
for f in (lambda: b'h\xc3'.decode('utf-8'), lambda: b'\xff\xfe'.decode('ascii'), lambda: 'héllo€'.encode('ascii'), lambda: 'a\U0001f600'.encode('latin-1'), lambda: 'éé'.encode('ascii')):
    try: f()
    except UnicodeError as e: print(type(e).__name__, e, e.encoding, e.object, e.start, e.end, e.reason, e.args[2:])
e = UnicodeDecodeError('utf-8', b'abc', 1, 2, 'oops'); print(e, e.object, repr(str(UnicodeEncodeError('ascii', 'xyz', 0, 3, 'no'))))
try: UnicodeDecodeError('utf-8', 'str', 1, 2, 'x')
except TypeError as e: print(e)
import codecs
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'h\xc3')), repr(d.decode(b'\xa9!')))
print(codecs.decode(b'\xff', 'utf-8', 'replace'), codecs.encode('é', 'ascii', 'backslashreplace'))
