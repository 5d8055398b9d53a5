# io.TextIOWrapper over in-memory bytes: codecs, errors, reconfigure, detach,
# and tell()/seek() cookies.
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.buffer is raw)
print(t.write("héllo €\n"), raw.getvalue())
t.flush()
print(raw.getvalue())
t.seek(0)
print(repr(t.read()))

# Encoding names are looked up under their aliases but kept as given.
for name in ("UTF8", "utf_8", "Latin-1", "iso8859-1", "ASCII", "us-ascii"):
    print(name, io.TextIOWrapper(io.BytesIO(), encoding=name).encoding)
attempt("unknown encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="no-such"))

# Encoding and decoding errors.
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
attempt("ascii encode", lambda: t.write("é"))
t = io.TextIOWrapper(io.BytesIO(b"ok\xffok\n"), encoding="ascii")
attempt("ascii decode", t.read)
t = io.TextIOWrapper(io.BytesIO(b"ok\xffok\n"), encoding="utf-8", errors="replace")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"ok\xe2\x82"), encoding="utf-8")
attempt("truncated utf-8", t.read)
t = io.TextIOWrapper(io.BytesIO("€uro".encode()), encoding="latin-1")
print(repr(t.read()))
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii", errors="backslashreplace")
t.write("é€\n")
t.flush()
print(raw.getvalue())

# read(n) counts characters; tell() returns opaque cookies that seek() takes.
t = io.TextIOWrapper(io.BytesIO("aé€😀\nsecond line\nthird\n".encode()), encoding="utf-8")
print(repr(t.read(2)), t.tell())
print(repr(t.read(2)), t.tell())
pos = t.tell()
print(repr(t.readline()), repr(t.readline(3)), t.tell())
t.seek(pos)
print(repr(t.read()))
t.seek(0)
print(repr(t.readline()), t.tell())
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc"), encoding="ascii")
print(repr(t.read(1)), t.tell(), repr(t.read(1)), t.tell(), repr(t.read()), t.tell())

# Iteration switches telling off until the end.
t = io.TextIOWrapper(io.BytesIO(b"1\n2\n3\n"), encoding="ascii")
print(next(t))
attempt("tell while iterating", t.tell)
print(list(t), t.tell())

# Seeking rules.
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="ascii")
attempt("cur-relative", lambda: t.seek(1, 1))
attempt("end-relative", lambda: t.seek(1, 2))
attempt("bad whence", lambda: t.seek(0, 7))
attempt("negative", lambda: t.seek(-1))
print(t.seek(0, 2), t.seek(0, 1), t.seek(0))

# line_buffering flushes at each newline; write_through at each write.
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii", line_buffering=True)
t.write("no newline yet")
print(raw.getvalue())
t.write(" - now\n")
print(raw.getvalue())
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii", write_through=True)
t.write("through")
print(raw.getvalue())

# reconfigure.
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii")
t.reconfigure(encoding="latin-1", newline="\r\n", line_buffering=True)
t.write("é\n")
print(t.encoding, t.line_buffering, raw.getvalue())
attempt("positional", lambda: t.reconfigure("utf-8"))
attempt("bad newline", lambda: t.reconfigure(newline="x"))
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="ascii")
t.read(1)
attempt("after read", lambda: t.reconfigure(encoding="utf-8"))
t.reconfigure(line_buffering=True)
print(t.line_buffering)

# detach.
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii")
t.write("kept")
print(t.detach() is raw, raw.getvalue())
attempt("after detach", lambda: t.write("x"))
attempt("closed after detach", lambda: t.closed)
print(t.encoding, repr(t))

# Constructor errors.
attempt("newline", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
attempt("newline type", lambda: io.TextIOWrapper(io.BytesIO(), newline=5))
attempt("encoding type", lambda: io.TextIOWrapper(io.BytesIO(), encoding=5))
attempt("errors type", lambda: io.TextIOWrapper(io.BytesIO(), errors=5))
attempt("no buffer", lambda: io.TextIOWrapper())
attempt("not a buffer", lambda: io.TextIOWrapper(5))
attempt("write bytes", lambda: io.TextIOWrapper(io.BytesIO(), encoding="ascii").write(b"x"))
print(repr(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")))
print(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")._CHUNK_SIZE)

# A reader-only buffer cannot be written through, and the other way round.
r = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"x")), encoding="ascii")
attempt("write to reader", lambda: r.write("y"))
w = io.TextIOWrapper(io.BufferedWriter(io.BytesIO()), encoding="ascii")
attempt("read from writer", w.read)
