# binascii natively: hex with separators, base64 in both directions (strict
# and lenient), crc32 and crc_hqx, and binascii.Error's messages.
import binascii
for f in [lambda: binascii.unhexlify(b'abc'), lambda: binascii.unhexlify(b'zz'), lambda: binascii.a2b_base64(b'abc'), lambda: binascii.a2b_base64(b'a'), lambda: binascii.a2b_base64(b'ab=c', strict_mode=True), lambda: binascii.hexlify('x'), lambda: binascii.a2b_base64('é')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(binascii.hexlify(b'\x01\xff', '-'), binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.a2b_base64('aGk='), binascii.crc32(b'hello'), binascii.crc_hqx(b'hello', 0), binascii.a2b_base64(b'aG k=\n'), binascii.unhexlify('0aFF'))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(binascii.hexlify(b'abcdef', b':', 2), binascii.hexlify(b'abcdef', ':', -2), binascii.a2b_base64(b'aGk'+b'=' * 3))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'x', -1), binascii.crc32(b''))
data = bytes(range(256)) * 3
data = bytes(range(256)) * 3
for n in range(0, 7):
    chunk = data[:n] + b'\xfe\xff'
    enc = binascii.b2a_base64(chunk)
    assert binascii.a2b_base64(enc) == chunk
    print(enc, binascii.hexlify(chunk))
print(binascii.a2b_base64(b'aGVs bG8g\nd29y!bGQ='), binascii.a2b_base64(b'YW==YmM='), binascii.b2a_base64(b''))
for bad in (b'YW=', b'Y===', b'=YWJj'):
    for strict in (False, True):
        try:
            print(bad, strict, binascii.a2b_base64(bad, strict_mode=strict))
        except binascii.Error as e:
            print(bad, strict, "Error:", e)
