class A:
    def me(self):
        return super()
class B(A):
    pass
print(repr(A().me()), repr(super(A, B)), repr(super(A, B())))
def g():
    pass
for name in ("__globals__", "__closure__", "__builtins__"):
    try:
        setattr(g, name, {})
    except AttributeError as e:
        print(name, e)
g.__doc__ = "changed"
g.__name__ = "renamed"
print(g.__doc__, g.__name__, g.__qualname__)
