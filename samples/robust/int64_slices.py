# Slices and indices at the int64 boundaries: bounds of any size are clipped,
# the step is clamped, and nothing wraps around.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

t = 1, 2, 3
print(t[1:], t[::-1], t[:], t[::1], t[::2])
s = 'abcdef'
L = [1, 2, 3]
show("[1, 2, 3][::-2**63]", lambda: [1, 2, 3][::-2**63])
show("L[-2**63:]", lambda: L[-2**63:])
show("L[2**63:]", lambda: L[2**63:])
show("L[1::2**63]", lambda: L[1::2**63])
show("t[2**64:-2**64:-1]", lambda: t[2**64:-2**64:-1])
show("t[-2**64:2**64:2**64]", lambda: t[-2**64:2**64:2**64])
show("s[::2**63]", lambda: s[::2**63])
show("s[::-2**63]", lambda: s[::-2**63])
show("s[::-2**63 + 1]", lambda: s[::-2**63 + 1])
show("s[2**63 - 1:-2**63:-2**62]", lambda: s[2**63 - 1:-2**63:-2**62])
show("s[::0]", lambda: s[::0])
show("L[2**63]", lambda: L[2**63])
show("L[-2**63]", lambda: L[-2**63])
show("s[2**64]", lambda: s[2**64])
show("t[-2**63 - 1]", lambda: t[-2**63 - 1])
show("L.index(2, -2**63, 2**63)", lambda: L.index(2, -2**63, 2**63))
show("L.index(2, 2**64)", lambda: L.index(2, 2**64))
show("L.insert(2**63, 0)", lambda: L.insert(2**63, 0))
show("L.insert(-2**63, 0)", lambda: [1, 2].insert(-2**63, 0))
show("L.pop(2**63)", lambda: L.pop(2**63))
show("L.pop(-2**63)", lambda: L.pop(-2**63))
show("s.find('b', -2**63, 2**63)", lambda: s.find('b', -2**63, 2**63))
show("s.find('b', 2**64)", lambda: s.find('b', 2**64))
show("s.count('', 2**63 - 1)", lambda: s.count('', 2**63 - 1))
show("s.count('', -2**63)", lambda: s.count('', -2**63))
m = [0, 1, 2, 3, 4, 5]
m[::2**63] = ['x']
print(m)
del m[1::2**62]
print(m)
del m[::-2**63]
print(m)
