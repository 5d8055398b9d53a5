# complex: one expression a line, its value or its error as CPython gives it
# (conversions, operators, pow, parsing, format, members).
import math
try:
    print('(1j).__complex__()', '->', repr((1j).__complex__()))
except Exception as e:
    print('(1j).__complex__()', '->', type(e).__name__ + ':', e)
try:
    print('int(1j)', '->', repr(int(1j)))
except Exception as e:
    print('int(1j)', '->', type(e).__name__ + ':', e)
try:
    print('float(1j)', '->', repr(float(1j)))
except Exception as e:
    print('float(1j)', '->', type(e).__name__ + ':', e)
try:
    print('1j // 2', '->', repr(1j // 2))
except Exception as e:
    print('1j // 2', '->', type(e).__name__ + ':', e)
try:
    print('1j % 2', '->', repr(1j % 2))
except Exception as e:
    print('1j % 2', '->', type(e).__name__ + ':', e)
try:
    print('divmod(1j, 2)', '->', repr(divmod(1j, 2)))
except Exception as e:
    print('divmod(1j, 2)', '->', type(e).__name__ + ':', e)
try:
    print('1j < 2', '->', repr(1j < 2))
except Exception as e:
    print('1j < 2', '->', type(e).__name__ + ':', e)
try:
    print('1j < 1j', '->', repr(1j < 1j))
except Exception as e:
    print('1j < 1j', '->', type(e).__name__ + ':', e)
try:
    print('1 > 1j', '->', repr(1 > 1j))
except Exception as e:
    print('1 > 1j', '->', type(e).__name__ + ':', e)
try:
    print('(-8) ** 0.5', '->', repr((-8) ** 0.5))
except Exception as e:
    print('(-8) ** 0.5', '->', type(e).__name__ + ':', e)
try:
    print('(-8.0) ** (1/3)', '->', repr((-8.0) ** (1/3)))
except Exception as e:
    print('(-8.0) ** (1/3)', '->', type(e).__name__ + ':', e)
try:
    print('pow(-8, 0.5)', '->', repr(pow(-8, 0.5)))
except Exception as e:
    print('pow(-8, 0.5)', '->', type(e).__name__ + ':', e)
try:
    print('0j ** -1', '->', repr(0j ** -1))
except Exception as e:
    print('0j ** -1', '->', type(e).__name__ + ':', e)
try:
    print('0j ** 1j', '->', repr(0j ** 1j))
except Exception as e:
    print('0j ** 1j', '->', type(e).__name__ + ':', e)
try:
    print('(1+1j) ** 1000', '->', repr((1+1j) ** 1000))
except Exception as e:
    print('(1+1j) ** 1000', '->', type(e).__name__ + ':', e)
try:
    print('(-1+0j)**1e308', '->', repr((-1+0j)**1e308))
except Exception as e:
    print('(-1+0j)**1e308', '->', type(e).__name__ + ':', e)
try:
    print('1j/0', '->', repr(1j/0))
except Exception as e:
    print('1j/0', '->', type(e).__name__ + ':', e)
try:
    print('1/0j', '->', repr(1/0j))
except Exception as e:
    print('1/0j', '->', type(e).__name__ + ':', e)
try:
    print('1j/0.0', '->', repr(1j/0.0))
except Exception as e:
    print('1j/0.0', '->', type(e).__name__ + ':', e)
try:
    print('abs(complex(1e308,1e308))', '->', repr(abs(complex(1e308,1e308))))
except Exception as e:
    print('abs(complex(1e308,1e308))', '->', type(e).__name__ + ':', e)
try:
    print('hash(1j)', '->', repr(hash(1j)))
except Exception as e:
    print('hash(1j)', '->', type(e).__name__ + ':', e)
try:
    print('hash(complex(1.5,0)) == hash(1.5)', '->', repr(hash(complex(1.5,0)) == hash(1.5)))
except Exception as e:
    print('hash(complex(1.5,0)) == hash(1.5)', '->', type(e).__name__ + ':', e)
try:
    print('hash(complex(2,3))', '->', repr(hash(complex(2,3))))
except Exception as e:
    print('hash(complex(2,3))', '->', type(e).__name__ + ':', e)
try:
    print('complex("1+2j")', '->', repr(complex("1+2j")))
except Exception as e:
    print('complex("1+2j")', '->', type(e).__name__ + ':', e)
try:
    print('complex(" ( 1.5e3-2.25J ) ")', '->', repr(complex(" ( 1.5e3-2.25J ) ")))
except Exception as e:
    print('complex(" ( 1.5e3-2.25J ) ")', '->', type(e).__name__ + ':', e)
try:
    print('complex("j")', '->', repr(complex("j")))
except Exception as e:
    print('complex("j")', '->', type(e).__name__ + ':', e)
try:
    print('complex("-j")', '->', repr(complex("-j")))
except Exception as e:
    print('complex("-j")', '->', type(e).__name__ + ':', e)
try:
    print('complex("1+j")', '->', repr(complex("1+j")))
except Exception as e:
    print('complex("1+j")', '->', type(e).__name__ + ':', e)
try:
    print('complex("1_0+2_0j")', '->', repr(complex("1_0+2_0j")))
except Exception as e:
    print('complex("1_0+2_0j")', '->', type(e).__name__ + ':', e)
try:
    print('complex("1__0j")', '->', repr(complex("1__0j")))
except Exception as e:
    print('complex("1__0j")', '->', type(e).__name__ + ':', e)
try:
    print('complex("1+2j", 1)', '->', repr(complex("1+2j", 1)))
except Exception as e:
    print('complex("1+2j", 1)', '->', type(e).__name__ + ':', e)
try:
    print('complex(1, "2")', '->', repr(complex(1, "2")))
except Exception as e:
    print('complex(1, "2")', '->', type(e).__name__ + ':', e)
try:
    print('complex(None)', '->', repr(complex(None)))
except Exception as e:
    print('complex(None)', '->', type(e).__name__ + ':', e)
try:
    print('complex(1, None)', '->', repr(complex(1, None)))
except Exception as e:
    print('complex(1, None)', '->', type(e).__name__ + ':', e)
try:
    print('complex("")', '->', repr(complex("")))
except Exception as e:
    print('complex("")', '->', type(e).__name__ + ':', e)
try:
    print('complex("nan+infj")', '->', repr(complex("nan+infj")))
except Exception as e:
    print('complex("nan+infj")', '->', type(e).__name__ + ':', e)
try:
    print('complex("1e500j")', '->', repr(complex("1e500j")))
except Exception as e:
    print('complex("1e500j")', '->', type(e).__name__ + ':', e)
try:
    print('complex(b"1")', '->', repr(complex(b"1")))
except Exception as e:
    print('complex(b"1")', '->', type(e).__name__ + ':', e)
try:
    print('complex(1j, 1j)', '->', repr(complex(1j, 1j)))
except Exception as e:
    print('complex(1j, 1j)', '->', type(e).__name__ + ':', e)
try:
    print('complex(real=1, imag=2)', '->', repr(complex(real=1, imag=2)))
except Exception as e:
    print('complex(real=1, imag=2)', '->', type(e).__name__ + ':', e)
try:
    print('complex(1, 2, 3)', '->', repr(complex(1, 2, 3)))
except Exception as e:
    print('complex(1, 2, 3)', '->', type(e).__name__ + ':', e)
try:
    print('complex(x=1)', '->', repr(complex(x=1)))
except Exception as e:
    print('complex(x=1)', '->', type(e).__name__ + ':', e)
try:
    print('round(1j)', '->', repr(round(1j)))
except Exception as e:
    print('round(1j)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(1j)', '->', repr(math.floor(1j)))
except Exception as e:
    print('math.floor(1j)', '->', type(e).__name__ + ':', e)
try:
    print('pow(1j, 2, 3)', '->', repr(pow(1j, 2, 3)))
except Exception as e:
    print('pow(1j, 2, 3)', '->', type(e).__name__ + ':', e)
try:
    print('pow(2, 2, 1j)', '->', repr(pow(2, 2, 1j)))
except Exception as e:
    print('pow(2, 2, 1j)', '->', type(e).__name__ + ':', e)
try:
    print('pow(2.0, 2, 1j)', '->', repr(pow(2.0, 2, 1j)))
except Exception as e:
    print('pow(2.0, 2, 1j)', '->', type(e).__name__ + ':', e)
try:
    print('pow(2, 1j, 3)', '->', repr(pow(2, 1j, 3)))
except Exception as e:
    print('pow(2, 1j, 3)', '->', type(e).__name__ + ':', e)
try:
    print('~1j', '->', repr(~1j))
except Exception as e:
    print('~1j', '->', type(e).__name__ + ':', e)
try:
    print('1j & 1', '->', repr(1j & 1))
except Exception as e:
    print('1j & 1', '->', type(e).__name__ + ':', e)
try:
    print('1j @ 1j', '->', repr(1j @ 1j))
except Exception as e:
    print('1j @ 1j', '->', type(e).__name__ + ':', e)
try:
    print('format(1+2j, "")', '->', repr(format(1+2j, "")))
except Exception as e:
    print('format(1+2j, "")', '->', type(e).__name__ + ':', e)
try:
    print('format(1+2j, ".2f")', '->', repr(format(1+2j, ".2f")))
except Exception as e:
    print('format(1+2j, ".2f")', '->', type(e).__name__ + ':', e)
try:
    print('format(1.5-2j, "^20.3e")', '->', repr(format(1.5-2j, "^20.3e")))
except Exception as e:
    print('format(1.5-2j, "^20.3e")', '->', type(e).__name__ + ':', e)
try:
    print('format(1j, "10")', '->', repr(format(1j, "10")))
except Exception as e:
    print('format(1j, "10")', '->', type(e).__name__ + ':', e)
try:
    print('format(-0.0-0j, "")', '->', repr(format(-0.0-0j, "")))
except Exception as e:
    print('format(-0.0-0j, "")', '->', type(e).__name__ + ':', e)
try:
    print('format(1+2j, "%")', '->', repr(format(1+2j, "%")))
except Exception as e:
    print('format(1+2j, "%")', '->', type(e).__name__ + ':', e)
try:
    print('format(1+2j, "010")', '->', repr(format(1+2j, "010")))
except Exception as e:
    print('format(1+2j, "010")', '->', type(e).__name__ + ':', e)
try:
    print('format(1+2j, "=10")', '->', repr(format(1+2j, "=10")))
except Exception as e:
    print('format(1+2j, "=10")', '->', type(e).__name__ + ':', e)
try:
    print('format(1+2j, "d")', '->', repr(format(1+2j, "d")))
except Exception as e:
    print('format(1+2j, "d")', '->', type(e).__name__ + ':', e)
try:
    print('format(1+2j, "+.1f")', '->', repr(format(1+2j, "+.1f")))
except Exception as e:
    print('format(1+2j, "+.1f")', '->', type(e).__name__ + ':', e)
try:
    print('format(1+2j, ".3")', '->', repr(format(1+2j, ".3")))
except Exception as e:
    print('format(1+2j, ".3")', '->', type(e).__name__ + ':', e)
try:
    print('format(1+2j, ",.2f")', '->', repr(format(1+2j, ",.2f")))
except Exception as e:
    print('format(1+2j, ",.2f")', '->', type(e).__name__ + ':', e)
try:
    print('format(12345.678+1j, ",")', '->', repr(format(12345.678+1j, ",")))
except Exception as e:
    print('format(12345.678+1j, ",")', '->', type(e).__name__ + ':', e)
try:
    print('format(1+2j, "#g")', '->', repr(format(1+2j, "#g")))
except Exception as e:
    print('format(1+2j, "#g")', '->', type(e).__name__ + ':', e)
try:
    print('format(complex("nan-infj"), "F")', '->', repr(format(complex("nan-infj"), "F")))
except Exception as e:
    print('format(complex("nan-infj"), "F")', '->', type(e).__name__ + ':', e)
try:
    print('format(-0.0+0j, "z.1f")', '->', repr(format(-0.0+0j, "z.1f")))
except Exception as e:
    print('format(-0.0+0j, "z.1f")', '->', type(e).__name__ + ':', e)
try:
    print('format(1j, "z")', '->', repr(format(1j, "z")))
except Exception as e:
    print('format(1j, "z")', '->', type(e).__name__ + ':', e)
try:
    print('f"{3+4j!r:>12}"', '->', repr(f"{3+4j!r:>12}"))
except Exception as e:
    print('f"{3+4j!r:>12}"', '->', type(e).__name__ + ':', e)
try:
    print('(1+2j).real', '->', repr((1+2j).real))
except Exception as e:
    print('(1+2j).real', '->', type(e).__name__ + ':', e)
try:
    print('(1j).imag', '->', repr((1j).imag))
except Exception as e:
    print('(1j).imag', '->', type(e).__name__ + ':', e)
try:
    print('(1j).conjugate()', '->', repr((1j).conjugate()))
except Exception as e:
    print('(1j).conjugate()', '->', type(e).__name__ + ':', e)
try:
    print('complex.real', '->', repr(complex.real))
except Exception as e:
    print('complex.real', '->', type(e).__name__ + ':', e)
try:
    print('(1j).real.__class__', '->', repr((1j).real.__class__))
except Exception as e:
    print('(1j).real.__class__', '->', type(e).__name__ + ':', e)
try:
    print('(1j).foo', '->', repr((1j).foo))
except Exception as e:
    print('(1j).foo', '->', type(e).__name__ + ':', e)
try:
    print('isinstance(1j, complex)', '->', repr(isinstance(1j, complex)))
except Exception as e:
    print('isinstance(1j, complex)', '->', type(e).__name__ + ':', e)
try:
    print('complex.__mro__', '->', repr(complex.__mro__))
except Exception as e:
    print('complex.__mro__', '->', type(e).__name__ + ':', e)
try:
    print('-(0j)', '->', repr(-(0j)))
except Exception as e:
    print('-(0j)', '->', type(e).__name__ + ':', e)
try:
    print('+(-0j)', '->', repr(+(-0j)))
except Exception as e:
    print('+(-0j)', '->', type(e).__name__ + ':', e)
try:
    print('repr(complex(-0.0, 0.0))', '->', repr(repr(complex(-0.0, 0.0))))
except Exception as e:
    print('repr(complex(-0.0, 0.0))', '->', type(e).__name__ + ':', e)
try:
    print('1e20j', '->', repr(1e20j))
except Exception as e:
    print('1e20j', '->', type(e).__name__ + ':', e)
try:
    print('1e16j', '->', repr(1e16j))
except Exception as e:
    print('1e16j', '->', type(e).__name__ + ':', e)
try:
    print('1e15j', '->', repr(1e15j))
except Exception as e:
    print('1e15j', '->', type(e).__name__ + ':', e)
try:
    print('123456789012345678j', '->', repr(123456789012345678j))
except Exception as e:
    print('123456789012345678j', '->', type(e).__name__ + ':', e)
try:
    print('0.1j+0.2', '->', repr(0.1j+0.2))
except Exception as e:
    print('0.1j+0.2', '->', type(e).__name__ + ':', e)
try:
    print('complex(1e300, 1e300) * complex(1e300,1e300)', '->', repr(complex(1e300, 1e300) * complex(1e300,1e300)))
except Exception as e:
    print('complex(1e300, 1e300) * complex(1e300,1e300)', '->', type(e).__name__ + ':', e)
try:
    print('complex(float("inf"), 0) ** 2', '->', repr(complex(float("inf"), 0) ** 2))
except Exception as e:
    print('complex(float("inf"), 0) ** 2', '->', type(e).__name__ + ':', e)
try:
    print('2 ** 1j', '->', repr(2 ** 1j))
except Exception as e:
    print('2 ** 1j', '->', type(e).__name__ + ':', e)
try:
    print('2.0 ** (1+1j)', '->', repr(2.0 ** (1+1j)))
except Exception as e:
    print('2.0 ** (1+1j)', '->', type(e).__name__ + ':', e)
try:
    print('(1+2j) ** 0.5', '->', repr((1+2j) ** 0.5))
except Exception as e:
    print('(1+2j) ** 0.5', '->', type(e).__name__ + ':', e)
try:
    print('(1+2j) ** -2', '->', repr((1+2j) ** -2))
except Exception as e:
    print('(1+2j) ** -2', '->', type(e).__name__ + ':', e)
try:
    print('(1+2j) ** 101', '->', repr((1+2j) ** 101))
except Exception as e:
    print('(1+2j) ** 101', '->', type(e).__name__ + ':', e)
try:
    print('bool(0j)', '->', repr(bool(0j)))
except Exception as e:
    print('bool(0j)', '->', type(e).__name__ + ':', e)
try:
    print('bool(-0j)', '->', repr(bool(-0j)))
except Exception as e:
    print('bool(-0j)', '->', type(e).__name__ + ':', e)
try:
    print('1j == 1j', '->', repr(1j == 1j))
except Exception as e:
    print('1j == 1j', '->', type(e).__name__ + ':', e)
try:
    print('complex(1,0) == 1', '->', repr(complex(1,0) == 1))
except Exception as e:
    print('complex(1,0) == 1', '->', type(e).__name__ + ':', e)
try:
    print('complex(1,0) == True', '->', repr(complex(1,0) == True))
except Exception as e:
    print('complex(1,0) == True', '->', type(e).__name__ + ':', e)
try:
    print('1j != 1', '->', repr(1j != 1))
except Exception as e:
    print('1j != 1', '->', type(e).__name__ + ':', e)
try:
    print('2**64 == complex(2**64, 0)', '->', repr(2**64 == complex(2**64, 0)))
except Exception as e:
    print('2**64 == complex(2**64, 0)', '->', type(e).__name__ + ':', e)
try:
    print('complex(2**64+1, 0) == 2**64+1', '->', repr(complex(2**64+1, 0) == 2**64+1))
except Exception as e:
    print('complex(2**64+1, 0) == 2**64+1', '->', type(e).__name__ + ':', e)
try:
    print('complex(10**400)', '->', repr(complex(10**400)))
except Exception as e:
    print('complex(10**400)', '->', type(e).__name__ + ':', e)
try:
    print('10**400 * 1j', '->', repr(10**400 * 1j))
except Exception as e:
    print('10**400 * 1j', '->', type(e).__name__ + ':', e)
try:
    print('1j + 10**400', '->', repr(1j + 10**400))
except Exception as e:
    print('1j + 10**400', '->', type(e).__name__ + ':', e)
try:
    print('[1j].index(1j)', '->', repr([1j].index(1j)))
except Exception as e:
    print('[1j].index(1j)', '->', type(e).__name__ + ':', e)
try:
    print('1j in {1j: 2}', '->', repr(1j in {1j: 2}))
except Exception as e:
    print('1j in {1j: 2}', '->', type(e).__name__ + ':', e)
try:
    print('{1: 1}[complex(1, 0)]', '->', repr({1: 1}[complex(1, 0)]))
except Exception as e:
    print('{1: 1}[complex(1, 0)]', '->', type(e).__name__ + ':', e)
try:
    print('sum([1j, 2, 3.5])', '->', repr(sum([1j, 2, 3.5])))
except Exception as e:
    print('sum([1j, 2, 3.5])', '->', type(e).__name__ + ':', e)
try:
    print('type(1j)(3)', '->', repr(type(1j)(3)))
except Exception as e:
    print('type(1j)(3)', '->', type(e).__name__ + ':', e)
try:
    print('complex("１+２j")', '->', repr(complex("１+２j")))
except Exception as e:
    print('complex("１+２j")', '->', type(e).__name__ + ':', e)
try:
    print('complex("(1+2j")', '->', repr(complex("(1+2j")))
except Exception as e:
    print('complex("(1+2j")', '->', type(e).__name__ + ':', e)
try:
    print('complex("1+2j)")', '->', repr(complex("1+2j)")))
except Exception as e:
    print('complex("1+2j)")', '->', type(e).__name__ + ':', e)
try:
    print('complex("1 + 2j")', '->', repr(complex("1 + 2j")))
except Exception as e:
    print('complex("1 + 2j")', '->', type(e).__name__ + ':', e)
try:
    print('complex("+1.5e-3-inFINITYj")', '->', repr(complex("+1.5e-3-inFINITYj")))
except Exception as e:
    print('complex("+1.5e-3-inFINITYj")', '->', type(e).__name__ + ':', e)
try:
    print('complex("infinity")', '->', repr(complex("infinity")))
except Exception as e:
    print('complex("infinity")', '->', type(e).__name__ + ':', e)
try:
    print('complex("1e")', '->', repr(complex("1e")))
except Exception as e:
    print('complex("1e")', '->', type(e).__name__ + ':', e)
try:
    print('complex("1.j")', '->', repr(complex("1.j")))
except Exception as e:
    print('complex("1.j")', '->', type(e).__name__ + ':', e)
try:
    print('complex(".j")', '->', repr(complex(".j")))
except Exception as e:
    print('complex(".j")', '->', type(e).__name__ + ':', e)
try:
    print('complex("-.5j")', '->', repr(complex("-.5j")))
except Exception as e:
    print('complex("-.5j")', '->', type(e).__name__ + ':', e)
try:
    print('complex("1e5+1E-5J")', '->', repr(complex("1e5+1E-5J")))
except Exception as e:
    print('complex("1e5+1E-5J")', '->', type(e).__name__ + ':', e)
try:
    print('complex("1_000j")', '->', repr(complex("1_000j")))
except Exception as e:
    print('complex("1_000j")', '->', type(e).__name__ + ':', e)
try:
    print('complex("_1j")', '->', repr(complex("_1j")))
except Exception as e:
    print('complex("_1j")', '->', type(e).__name__ + ':', e)
try:
    print('complex("1_j")', '->', repr(complex("1_j")))
except Exception as e:
    print('complex("1_j")', '->', type(e).__name__ + ':', e)
