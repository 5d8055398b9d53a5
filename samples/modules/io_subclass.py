# Subclassing the io classes from Python: io.RawIOBase with readinto() alone
# gets read(), readall(), readline() and iteration; buffered and text layers
# stack on it; StringIO and BytesIO subclasses keep their attributes; the
# ABCs recognise the native classes.
import io


class Chunks(io.RawIOBase):
    """A raw stream that hands out its data a few bytes at a time."""

    def __init__(self, data, step=3):
        self.data = data
        self.pos = 0
        self.step = step
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), self.step, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


r = Chunks(b"alpha\nbeta\ngamma")
print(r.read(4), r.readline(), r.read(), r.read())
r = Chunks(b"one\ntwo\n")
print(list(r), r.closed)
r.close()
print(r.closed)
try:
    r.read()
except ValueError as e:
    print("ValueError:", e)
print(Chunks(b"all of it").readall())

b = io.BufferedReader(Chunks(b"buffered reading\nover a raw class\n"), buffer_size=8)
print(b.peek(1)[:1], b.read(8), b.read1(3), b.readline(), b.read())
t = io.TextIOWrapper(io.BufferedReader(Chunks("héllo\nwörld\n".encode())), encoding="utf-8")
print(list(t))


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


sink = Sink()
w = io.BufferedWriter(sink, buffer_size=4)
w.write(b"ab")
w.write(b"cdefgh")
print(sink.chunks)
w.flush()
print(sink.chunks)
t = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="utf-8")
t.write("text\n")
t.flush()
print(t.buffer.raw.chunks)

# The defaults of the bases.
base = io.RawIOBase()
for name in ("readable", "writable", "seekable", "isatty"):
    print(name, getattr(base, name)())
for call in (base.fileno, lambda: base.seek(0), base.tell, base.truncate, lambda: base.readinto(bytearray(1))):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    io.BufferedIOBase().read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    io.TextIOBase().write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
print(io.TextIOBase().encoding, io.TextIOBase().newlines)


class Text(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readable(self):
        return True

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


print(list(Text(["x\n", "y\n"])), Text(["a\n", "b\n"]).readlines())
with Text([]) as t:
    print(t.closed)
print(t.closed)


class Upper(io.StringIO):
    def __init__(self, text):
        super().__init__(text.upper())
        self.label = "upper"

    def readline(self, size=-1):
        return super().readline(size).strip() + "|"


u = Upper("abc\ndef\n")
print(u.getvalue().split(), u.label, u.readline(), u.read())
print(type(u).__mro__[1:])


class Counting(io.BytesIO):
    writes = 0

    def write(self, b):
        self.writes += 1
        return super().write(b)


c = Counting(b"start")
c.seek(0, 2)
c.writelines([b"1", b"2"])
c.write(b"3")
print(c.getvalue(), c.writes)

# The ABCs of io.py and the native classes.
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(io.BytesIO(), io.RawIOBase), issubclass(io.FileIO, io.RawIOBase))
print(issubclass(io.TextIOWrapper, io.IOBase), issubclass(Chunks, io.IOBase))
print(io.IOBase.__mro__, io.StringIO.__mro__)
print(io.UnsupportedOperation.__mro__[:3], io.DEFAULT_BUFFER_SIZE)
