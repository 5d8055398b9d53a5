class A:
    def __repr__(self): return 'A()'
class B:
    def __str__(self): return 'B-str'
print(A(), str(A()), [A()], B(), repr('a\'b"c'), repr("it's"))
print(str(1.0), repr([1, 'a', None, True, 1.5, (1,), {}]))
print(repr('\n\t\\\x00\x7f\u00e9\u4e2d'), ascii('\u00e9x'))
print(str(b'ab'), repr(b"\x00'\""), [b'x'])
print({'a': [1, (2, 3)], 1: {2: None}})
