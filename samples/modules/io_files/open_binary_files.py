# Binary files: the buffered classes open() returns for each mode, the raw
# FileIO of buffering=0, and reading, writing and seeking through them.
import io
import sys

IMPL = sys.implementation.name


def scratch(name):
    return "scratch_%s_%s" % (IMPL, name)


def show(*values):
    print(*(str(v).replace(IMPL, "IMPL") for v in values))


name = scratch("data.bin")
with open(name, "wb") as f:
    show(repr(f), type(f).__name__, f.mode)
    print(f.write(b"0123456789"), f.write(bytearray(b"abcdef")), f.write(memoryview(b"XYZ")))
    print(f.tell(), f.seekable(), f.writable(), f.readable())
    show(repr(f.raw), f.raw.mode, f.raw.closefd)

with open(name, "rb") as f:
    show(type(f).__name__, f.mode)
    print(f.read(4), f.peek(2)[:2], f.read1(3), f.tell())
    print(f.seek(-3, 2), f.read(), f.seek(2), f.read(3))
    buf = bytearray(5)
    print(f.readinto(buf), buf, f.tell())
    print(f.read(), f.read())

with open(name, "r+b") as f:
    show(type(f).__name__, f.mode)
    f.seek(3)
    f.write(b"___")
    print(f.read(3))
    f.seek(0)
    print(f.read())
    print(f.truncate(12), f.tell())
    f.seek(0, 2)
    print(f.tell())
with open(name, "rb") as f:
    print(f.read())

with open(name, "ab") as f:
    show(type(f).__name__, f.mode, f.tell())
    f.write(b"+tail")
with open(name, "a+b") as f:
    show(f.mode)
    f.seek(0)
    print(f.read())

# Lines of a binary file.
with open(name, "wb") as f:
    f.write(b"one\ntwo\r\nthree")
with open(name, "rb") as f:
    print(list(f))
with open(name, "rb") as f:
    print(f.readline(2), f.readlines())

# buffering=0: the FileIO itself, which reads what one system call gives.
with open(name, "rb", buffering=0) as raw:
    show(repr(raw), type(raw).__name__, raw.mode)
    print(raw.read(3), raw.readall(), raw.read())
    raw.seek(0)
    b = bytearray(4)
    print(raw.readinto(b), b, raw.tell())
with open(name, "r+b", buffering=0) as raw:
    print(raw.write(b"ONE"), raw.tell(), raw.truncate(), raw.tell())
with io.FileIO(name) as raw:
    print(raw.read())
with io.FileIO(name, "w") as raw:
    print(raw.write(b"written by FileIO"))
    try:
        raw.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
with open(name, "rb") as f:
    print(f.read())

# Small buffers: reads larger than the buffer, and writes that overflow it.
with open(name, "wb", buffering=4) as f:
    f.write(b"ab")
    f.write(b"cdefghij")
    f.write(b"k")
with open(name, "rb", buffering=3) as f:
    print(f.read(2), f.read(7), f.read())

# A text file's layers.
with open(name, "w", encoding="utf-8") as t:
    print(type(t).__name__, type(t.buffer).__name__, type(t.buffer.raw).__name__)
    t.buffer.write(b"raw bytes under text\n")
with open(name, encoding="utf-8") as t:
    print(t.read(), end="")

# BufferedRWPair joins a reader and a writer.
reader, writer = io.BytesIO(b"incoming"), io.BytesIO()
pair = io.BufferedRWPair(reader, writer)
print(pair.read(2), pair.peek(1)[:1], pair.read1(3), pair.write(b"outgoing"), pair.readable(), pair.writable())
pair.flush()
print(writer.getvalue(), pair.closed)
