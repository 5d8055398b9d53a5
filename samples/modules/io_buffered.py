# BufferedReader, BufferedWriter and BufferedRandom over an in-memory raw
# stream: peek, read1, readinto1, detach, flushing, and their errors.
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


raw = io.BytesIO(b"0123456789abcdefghij")
r = io.BufferedReader(raw, buffer_size=8)
print(repr(r), r.raw is raw, r.readable(), r.seekable(), r.closed)
print(r.peek(), r.read(3), r.tell(), raw.tell())
print(r.read1(100), r.read1(2), r.tell())
b = bytearray(6)
print(r.readinto1(b), b, r.readinto(b), b)
print(r.seek(1), r.read(2), r.seek(-2, 2), r.read(), r.read())
attempt("write", lambda: r.write(b"x"))
attempt("negative read", lambda: r.read(-5))
attempt("bad whence", lambda: r.seek(0, 9))
attempt("zero buffer", lambda: io.BufferedReader(io.BytesIO(), 0))
detached = r.detach()
print(detached is raw)
attempt("after detach", r.read)
print(repr(r))

raw = io.BytesIO()
w = io.BufferedWriter(raw, buffer_size=4)
print(w.write(b"ab"), raw.getvalue(), w.tell())
print(w.write(b"cdefg"), raw.getvalue(), w.tell())
w.flush()
print(raw.getvalue())
print(w.seek(1), w.write(b"Z"), w.tell())
w.close()
print(raw.closed)
attempt("write closed", lambda: w.write(b"x"))
attempt("read writer", lambda: io.BufferedWriter(io.BytesIO()).read())

raw = io.BytesIO(b"hello world")
rw = io.BufferedRandom(raw, buffer_size=4)
print(rw.read(5), rw.write(b"-"), rw.read(), rw.tell())
rw.seek(0)
print(rw.read())
rw.flush()
print(raw.getvalue())

# close() flushes first; a with block closes.
raw = io.BytesIO()
with io.BufferedWriter(raw) as w:
    w.write(b"flushed on close")
    value = raw.getvalue()
print(value, raw.closed)


class NoRead(io.RawIOBase):
    def readable(self):
        return False


attempt("unreadable raw", lambda: io.BufferedReader(NoRead()))
attempt("unwritable raw", lambda: io.BufferedWriter(NoRead()))
attempt("unseekable raw", lambda: io.BufferedRandom(NoRead()))
attempt("keyword", lambda: io.BufferedReader(raw=io.BytesIO(b"kw"), buffer_size=2).read())
