# cmath: every function over finite, tiny, huge, signed-zero, infinite and
# NaN arguments (C99 special values, branch cuts), log with a base, rect,
# isclose, the constants and the errors.
import cmath, math
inf, nan = float('inf'), float('nan')
vals = [0j, -0j, complex(0.0, -0.0), 1, -1, 2.5, 1j, -1j, 1+1j, -2-3j, 3-4j, 0.5+0.5j, 1e-320+1e-320j, 1e300+1e300j, 1e308+0j,
        complex(-1e308, 1e-10), 0.9+0.1j, complex(1, 1e-200), complex(-0.0, 2), complex(inf, 0), complex(-inf, 1), complex(1, inf),
        complex(nan, 1), complex(inf, nan), complex(-inf, -inf), complex(0, nan), complex(710, 1), complex(-710, 2), complex(1, 720),
        complex(1, 0), complex(-1, 0), complex(1, -0.0)]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
         'phase', 'polar', 'isfinite', 'isnan', 'isinf']
for name in names:
    f = getattr(cmath, name)
    row = []
    for v in vals:
        try:
            row.append(repr(f(v)))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(row))
for args in [(8, 2), (1j, 1j), (100, 10), (-1, 1), (0, 2), (2, 1), (1+1j, 0)]:
    try:
        print('log', args, cmath.log(*args))
    except Exception as e:
        print('log', args, type(e).__name__, e)
for r in [0.0, -0.0, 1.0, -2.0, inf, -inf, nan]:
    for p in [0.0, -0.0, 1.0, -2.5, inf, -inf, nan, math.pi]:
        try:
            print('rect', r, p, cmath.rect(r, p))
        except Exception as e:
            print('rect', r, p, type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)))
for bad in [lambda: cmath.sqrt('x'), lambda: cmath.sqrt(), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.log(), lambda: cmath.rect(1), lambda: cmath.exp(1000), lambda: cmath.cosh(1000+1j)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 3+4j
class F:
    def __float__(self): return 0.25
print(cmath.sqrt(C()), cmath.exp(F()), cmath.phase(-1), cmath.polar(C()), cmath.sqrt(-4), cmath.sqrt(10**20))
