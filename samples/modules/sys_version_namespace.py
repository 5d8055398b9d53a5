import sys
v = sys.version_info
print(v[:2], v >= (3, 8), v.major, v.minor, type(v).__name__, v.releaselevel, len(v), isinstance(v, tuple))
try:
    v.major = 4
except AttributeError as e:
    print(e)
print(sys.implementation.name == "cpython" or sys.implementation.name == "coil", sys.implementation.version.major)
print(sys.hexversion >= 0x030B0000)
SN = type(sys.implementation)
n = SN(b=2, a=1)
print(n, n == SN(a=1, b=2), vars(n), SN.__name__, n.a)
n.c = n
print(n)
class S(SN):
    pass
print(S(x=1), S(x=1) == SN(x=1))
try:
    SN(1)
except TypeError as e:
    print(e)
print(SN())
del n.b
print(n.__dict__.keys())
