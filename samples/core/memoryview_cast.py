# memoryview.cast to the native single-character formats: items, lengths,
# tolist, iteration, slicing and assignment in the new format, casting back
# to bytes, and the errors for bad formats and sizes. Items are read in the
# machine's byte order (the goldens' machine is little-endian).
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = memoryview(b"\x01\x01\x02\x02\x03\x03\x03\x03")
h = m.cast("H")
print(h.format, h.itemsize, len(h), h.nbytes, h.shape, h.strides, h.tolist(), list(h), h[0], h[-1])
print(h[1:3].tolist(), h[::-1].tolist(), h[::2].tolist(), h.tobytes(), bytes(h[2:]), h.cast("B").tolist()[:4])
i = m.cast("I")
print(i.format, len(i), i.tolist(), m.cast("Q").tolist(), m.cast("@b").tolist(), m.cast("c").tolist()[:3])
print(memoryview(b"\xff" * 8).cast("q").tolist(), memoryview(b"\xff" * 8).cast("Q").tolist(), memoryview(b"\x00\x01").cast("?").tolist())
print(memoryview(bytes(8)).cast("d").tolist(), memoryview(bytes(4)).cast("f").tolist())
print(h == memoryview(b"\x01\x01\x02\x02\x03\x03\x03\x03").cast("H"), h == m, h.cast("B") == m)

buf = bytearray(8)
w = memoryview(buf).cast("H")
w[1] = 0x0101
w[3] = 0xFFFF
print(buf, w.tolist(), w.readonly)
check(lambda: w.__setitem__(0, 70000))
check(lambda: w.__setitem__(0, -1))
check(lambda: w.__setitem__(0, "x"))
b = memoryview(bytearray(2)).cast("b")
b[0] = -128
b[1] = 127
print(b.tolist(), bytes(b.obj))

check(lambda: m.cast("x"))
check(lambda: m.cast("HH"))
check(lambda: m.cast("<H"))
check(lambda: memoryview(b"abc").cast("H"))
check(lambda: h.cast("I"))
check(lambda: hash(h))
check(lambda: hash(m.cast("b")) == hash(m))
check(lambda: m[::2].cast("H"))
