# complex: repr/str/format of many values, mixed arithmetic both ways,
# in-place operators, slot methods, members, the constructor, comparisons.
vals = [0j, -0j, complex(-0.0, 0.0), complex(-0.0, -0.0), 1+2j, 1-2j, complex(1, float('nan')), complex(float('inf'), float('inf')),
        1e20j, complex(1e-5, 1e22), complex(0.1, 0.2), complex(-1.5, -0.0), complex(float('nan'), -float('inf')), 123456789.125j]
for v in vals:
    print(repr(v), str(v), hash(v) if v == v else "nan", f"{v}", f"{v:.3f}", f"{v:>30}", f"{v:*<30.2e}", f"{v:^+25g}", f"{v:#.3}", f"{v: }", f"{v:,.1f}", f"{v:_}", f"{v:n}", f"{v:10.3G}", f"{v:z.2f}")
x = 3
x += 1j
x *= 2
x -= 0.5
x /= 1j
x **= 2
print(x, [1j] * 2, (1j, 2j), {1j, 1j + 0}, {1: 1j}, abs(3 + 4j), abs(complex(float('inf'), float('nan'))))
for a in [2, 2.5, 1j, True, 10**20]:
    for b in [1j, 1 + 1j, complex(0, 0)]:
        for op in ['+', '-', '*', '/', '**']:
            try:
                r = {'+': lambda: a + b, '-': lambda: a - b, '*': lambda: a * b, '/': lambda: a / b, '**': lambda: a ** b}[op]()
                r2 = {'+': lambda: b + a, '-': lambda: b - a, '*': lambda: b * a, '/': lambda: b / a, '**': lambda: b ** a}[op]()
                print(a, op, b, r, r2)
            except Exception as e:
                print(a, op, b, type(e).__name__, e)
print((1j).__add__(1), (1j).__radd__(2.0), (1j).__add__("x"), complex.__mul__(2j, 2j), (2j).__rpow__(2), (1j).__eq__(1j), (1j).__lt__(1j))
print(complex.real, complex.imag.__class__.__name__, (1+2j).__getnewargs__(), (1+2j).__format__(".1f"))
try:
    (1j).real = 2
except AttributeError as e:
    print(e)
class N:
    def __complex__(self): return 2+3j
class F:
    def __float__(self): return 1.5
class I:
    def __index__(self): return 7
class Bad:
    def __complex__(self): return 1
print(complex(N()), complex(F()), complex(I()), complex(F(), I()), complex(1, F()), complex(N(), 1j))
for args in [(Bad(),), ("1", "2"), ([],), (1, []), ("1+2j", None)]:
    try:
        print(complex(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(1j == 1j + 0, 1j != 1, 0j == 0, 0j == False, complex(1e16, 0) == 10**16, complex(2**53+1, 0) == 2**53+1)
print(sorted([1, 2]), 1j in [1, 1j], [0j].count(0), (1j).conjugate(), complex.conjugate(3+4j))
print(-(1+2j), +(1+2j), bool(1j), not 0j, complex(float('nan'), 0) == complex(float('nan'), 0))
print((1+1j) ** 0.5, (-1) ** 0.5, (-1.0) ** 1.5, (-2) ** -0.5, 0.0 ** 1j if False else 1, 1j ** 0, 1j ** -3, (1e200j) ** 2 if False else 0)
for f in [lambda: (1e200+1e200j) ** 2, lambda: 0j ** -2, lambda: (1+1j) ** 1e10, lambda: 1j / 0j, lambda: complex(1e308, 1e308) * 10, lambda: (1e308+1e308j) ** 1.5]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
for f in [lambda: complex.conjugate(), lambda: complex.conjugate(1), lambda: (1j).conjugate(2), lambda: (1j).__format__(1), lambda: complex.__abs__(2j)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
