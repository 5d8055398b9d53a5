def register(cls):
    cls.registered = True
    return cls
@register
class A:
    pass
print(A.registered)
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.n)
