# A bytearray cannot change size while a memoryview of it is alive; release
# (or a with block, or dropping the view) lets it.
ba = bytearray(b'abc')

def check(f):
    try:
        f()
        print('ok', ba)
    except BufferError as e:
        print('BufferError:', e)

m = memoryview(ba)
check(lambda: ba.append(100))
check(lambda: ba.extend(b'de'))
check(lambda: ba.pop())
check(lambda: ba.clear())
check(lambda: ba.remove(97))
check(lambda: ba.insert(0, 1))
check(lambda: ba.__delitem__(0))
check(lambda: ba.__setitem__(slice(0, 1), b'xy'))
check(lambda: ba.__iadd__(b'x'))
check(lambda: ba.__imul__(2))
check(lambda: ba.__init__(b'new'))
# Changes that keep the size are allowed.
check(lambda: ba.__setitem__(0, 65))
check(lambda: ba.__setitem__(slice(1, 3), b'BC'))
check(lambda: ba.extend(b''))
check(lambda: ba.__imul__(1))
check(lambda: ba.reverse())
print(m.tobytes(), m.obj is ba)

m.release()
print(repr(m).split(' at ')[0])
check(lambda: ba.append(100))
m.release()  # a second release does nothing

# A slice of a view is a view of its own: both must go.
m1 = memoryview(ba)
m2 = m1[1:]
m1.release()
check(lambda: ba.append(101))
m2.release()
check(lambda: ba.append(102))

with memoryview(ba) as v:
    print(v[0], v.tobytes())
    check(lambda: ba.append(103))
check(lambda: ba.append(104))

# Views nobody holds any more do not pin the bytearray.
print(memoryview(ba).tobytes())
check(lambda: ba.append(105))

def peek():
    view = memoryview(ba)
    return view[0]

print(peek())
check(lambda: ba.append(106))
views = [memoryview(ba) for _ in range(3)]
check(lambda: ba.append(107))
del views
check(lambda: ba.append(108))

def gen():
    with memoryview(ba) as view:
        yield view[0]
        yield view[1]

g = gen()
print(next(g))
check(lambda: ba.pop())
g.close()
check(lambda: ba.pop())

# A released view refuses everything but release, repr and ==.
rel = memoryview(b'xyz')
h = hash(rel)
rel.release()
for f in [lambda: rel[0], lambda: len(rel), lambda: rel.tobytes(), lambda: rel.obj, lambda: rel.nbytes, lambda: bytes(rel),
          lambda: rel.hex(), lambda: rel.tolist(), lambda: list(rel), lambda: bool(rel), lambda: rel.readonly,
          lambda: memoryview(rel), lambda: rel.__enter__()]:
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
print(rel == rel, rel == b'xyz', hash(rel) == h)
