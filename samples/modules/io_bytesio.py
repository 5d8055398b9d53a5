# io.BytesIO: an in-memory binary stream.
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


b = io.BytesIO(b"line one\nline two\nlast")
print(b.read(4), b.tell())
print(b.readline(), b.readline(3), b.readline())
print(b.readline(), b.read(), b.read())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(10), b.readlines())
print(b.getvalue())

# read1, readinto, peek-free reading.
b = io.BytesIO(b"abcdefgh")
print(b.read1(3), b.read1())
b.seek(1)
buf = bytearray(4)
print(b.readinto(buf), buf)
view = memoryview(bytearray(10))
print(b.readinto(view), bytes(view))

# Writing: overwrite, extend, pad past the end.
b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" world")), b.write(memoryview(b"!")))
b.seek(0)
b.write(b"J")
print(b.getvalue())
b.seek(15)
b.write(b"?")
print(b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-100, 1))
b.writelines([b"a", b"b", bytearray(b"c")])
print(b.getvalue())

# getbuffer: a writable view; while it is held the size is pinned.
b = io.BytesIO(b"abcdef")
view = b.getbuffer()
view[0] = ord("A")
print(b.getvalue(), len(view), view.readonly)
attempt("write while exported", lambda: b.write(b"x"))
attempt("truncate while exported", lambda: b.truncate(2))
attempt("close while exported", b.close)
view.release()
print(b.write(b"x"), b.getvalue())

# Closed streams.
with io.BytesIO(b"data") as b:
    print(b.closed, b.readable(), b.writable(), b.seekable(), b.isatty())
print(b.closed)
attempt("read closed", b.read)
attempt("getvalue closed", b.getvalue)
attempt("iterate closed", lambda: next(iter(b)))

# Errors with CPython's messages.
b = io.BytesIO(b"abc")
attempt("write str", lambda: b.write("x"))
attempt("negative seek", lambda: b.seek(-1))
attempt("bad whence", lambda: b.seek(0, 3))
attempt("negative truncate", lambda: b.truncate(-1))
attempt("read str", lambda: b.read("x"))
attempt("readinto bytes", lambda: b.readinto(b"xx"))
attempt("readlines str", lambda: b.readlines("x"))
attempt("seek float", lambda: b.seek(1.5))
attempt("init str", lambda: io.BytesIO("text"))
attempt("fileno", b.fileno)
attempt("detach", b.detach)
print(io.BytesIO(initial_bytes=b"kw").read())
