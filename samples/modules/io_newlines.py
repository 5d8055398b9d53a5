# Universal newlines: how StringIO and TextIOWrapper read and write \n, \r
# and \r\n for each newline= setting, the newlines attribute, and
# IncrementalNewlineDecoder itself.
import io

TEXT = "unix\nmac\rwindows\r\nend"

for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(TEXT, newline=newline)
    print("StringIO", repr(newline), s.readlines(), repr(s.newlines))
    w = io.StringIO(newline=newline)
    w.write("a\nb\n")
    print("  written", repr(w.getvalue()))

for newline in (None, "", "\n", "\r", "\r\n"):
    t = io.TextIOWrapper(io.BytesIO(TEXT.encode()), encoding="ascii", newline=newline)
    print("TextIOWrapper", repr(newline), t.readlines(), repr(t.newlines))
    raw = io.BytesIO()
    t = io.TextIOWrapper(raw, encoding="ascii", newline=newline)
    t.write("a\nb\r\n")
    t.flush()
    print("  written", raw.getvalue())

# A \r\n split between two reads is still one line ending.
t = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"x\r\ny\rz"), buffer_size=2), encoding="ascii")
t._CHUNK_SIZE = 2
print([t.readline() for _ in range(4)], t.newlines)

# newlines records what was seen so far.
t = io.TextIOWrapper(io.BytesIO(b"1\n2\r\n3\r4"), encoding="ascii")
for line in t:
    print(repr(line), repr(t.newlines))

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\rc", final=True)), d.newlines)
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("a\r")), repr(d.decode("\nb\rc")), d.newlines, d.getstate())
d.setstate((b"", 1))
print(repr(d.decode("", final=True)))
d.reset()
print(d.newlines, d.getstate())
try:
    d.decode(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    io.IncrementalNewlineDecoder()
except TypeError as e:
    print("TypeError:", e)
