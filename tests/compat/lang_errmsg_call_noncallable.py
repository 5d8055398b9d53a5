x, s, l, d, n = 5, 'abc', [1], {}, None
for c in (lambda: x(), lambda: s(), lambda: l(0), lambda: d(), lambda: n()):
    try:
        c()
    except TypeError as e:
        print(e)
class A:
    pass
try:
    A(1)
except TypeError as e:
    print(e)
class B:
    def __init__(self, a):
        pass
try:
    B()
except TypeError as e:
    print(e)
try:
    B(1, 2)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
