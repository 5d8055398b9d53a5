class A:
    def hi(self): return 'hi from ' + type(self).__name__
T = type('T', (A,), {'x': 5, 'double': lambda self: self.x * 2})
t = T()
print(T.x, T.__name__, isinstance(t, A), t.hi(), t.double(), T.__bases__)
Empty = type('Empty', (), {})
print(Empty.__name__, Empty.__bases__, type(Empty()).__name__)
