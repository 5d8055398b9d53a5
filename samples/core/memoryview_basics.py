# memoryview over bytes and bytearray: attributes, items, slices, copies.
data = b'abcdefgh'
m = memoryview(data)
print(len(m), m[0], m[-1], m.obj is data, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m[::2].contiguous, m[::2].strides, m[::-1].strides, m[1:1].shape)
s = m[2:6]
print(type(s).__name__, s.tobytes(), s.tolist(), s.hex(), s.hex(':'), s.nbytes, s.obj is data, s[0], s[-1])
r = m[::-3]
print(r.tobytes(), r.tolist(), r.hex('-'), len(r), r[1], bytes(r), bytearray(r), list(r))
print(m[0,], m[::2][1:3].tobytes(), memoryview(m).tobytes(), memoryview(s)[1], m.tobytes('C'), m.tobytes(order='A'))
print(m == data, m == bytearray(data), m == memoryview(data), s == b'cdef', m[::2] == b'aceg', m != b'x', m == 'abcdefgh', m == 1)
print(hash(m) == hash(data), hash(s) == hash(b'cdef'), bool(m), bool(m[0:0]), 99 in m, b'c' in m)
print(type(iter(m)).__name__, [x for x in m[:3]], int.from_bytes(m[:2], 'big'), str(m[:3], 'ascii'), b'%s' % m[3:5])
print(b'x' + m[:2], bytearray(b'y') + m[:2], b''.join([m[:1], m[1:2]]), m.toreadonly().readonly, m.cast('B').tobytes())

ba = bytearray(b'hello')
w = memoryview(ba)
print(w.readonly, w.obj is ba, w.tobytes(), bytes(w))
w[0] = ord('j')
w[1:3] = b'EL'
w[::4] = bytearray(b'JO')
w[-2:] = memoryview(b'Lo')
print(ba, w.tolist())
v = w[1:4]
v[0] = 0x21
print(ba, w.toreadonly().readonly)

def check(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__ + ':', e)

def setitem(view, k, v):
    def run():
        view[k] = v
        return view.obj
    return run

def delitem(view, k):
    def run():
        del view[k]
    return run

check(lambda: m[8])
check(lambda: m[-9])
check(lambda: m[1.5])
check(lambda: m['a'])
check(lambda: m[()])
check(lambda: m[0, 1])
check(lambda: m[2**70])
check(lambda: m < m)
check(lambda: m + b'x')
check(lambda: m * 2)
check(lambda: hash(w))
check(lambda: memoryview('text'))
check(lambda: memoryview(5))
check(lambda: memoryview())
check(lambda: memoryview(b'a', b'b'))
check(lambda: m.tobytes('X'))
check(lambda: m[::2].cast('B'))
check(setitem(m, 0, 1))
check(delitem(w, 0))
check(setitem(w, 0, 256))
check(setitem(w, 0, -1))
check(setitem(w, 0, 'a'))
check(setitem(w, 0, b'a'))
check(setitem(w, 9, 1))
check(setitem(w, slice(0, 2), b'xyz'))
check(setitem(w, slice(0, 2), [1, 2]))
check(setitem(w, 'k', 1))
