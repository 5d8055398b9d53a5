# Python subclasses of bytes and bytearray keep the built-in's behaviour
# and add their own.
class Tagged(bytes):
    def __new__(cls, data, tag='t'):
        self = super().__new__(cls, data)
        self.tag = tag
        return self

    def __repr__(self):
        return f'Tagged({bytes.__repr__(self)}, {self.tag!r})'

t = Tagged(b'abc', 'x')
print(t, repr(t), t.tag, len(t), t[0], t[1:], t.upper(), t + b'!', t == b'abc', hash(t) == hash(b'abc'))
print(type(t[1:]).__name__, type(t.upper()).__name__, type(t + b'!').__name__, type(bytes(t)).__name__, isinstance(t, bytes))
print(Tagged.fromhex('4142'), type(Tagged.fromhex('4142')).__name__, {t: 1}[b'abc'])

class Upper(bytes):
    def upper(self):
        return b'overridden'

    def __len__(self):
        return 99

u = Upper(b'hi')
print(u.upper(), bytes.upper(u), len(u), u, Upper([72, 73]), Upper('é', 'utf-8'), Upper())

class Buffer(bytearray):
    def __init__(self, *args, name='buf'):
        super().__init__(*args)
        self.name = name

    def push(self, data):
        self.extend(data)
        return self

b = Buffer(b'start', name='b1')
print(b, b.name, b.push(b'-more'), b[0:5], type(b[0:5]).__name__, type(b.upper()).__name__)
b[0] = 83
del b[1]
print(repr(b), b.__dict__, b == bytearray(b'Stat-more'))
print(Buffer(3), Buffer([1, 2], name='n').name, Buffer.fromhex('6869'), type(Buffer.fromhex('6869')).__name__)

class Slotted(bytearray):
    __slots__ = ('extra',)

s = Slotted(b'xy')
s.extra = 5
print(s, s.extra)

class Empty(bytes):
    __slots__ = ()

print(Empty(b'e'), type(Empty(b'e')).__name__)

def check(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)

check(lambda: type('Bad', (bytes,), {'__slots__': ('a',)}))
check(lambda: type('View', (memoryview,), {}))
