# Imaginary literals and the constants the compiler folds from them.
print(1j, 1.5J, 1e3j, 0j, 1_0j, 0.5e-3j, 1E+2J, 00j, 09.5j, type(2j).__name__)
print(-1j, +2j, -0j, 3 - 0j, 1 + 2j * 3, (1 + 2j).imag, 2j.real)
x = 2j
print(x in (1j, 2j), x in {1j, 2j, -2j}, 1j in [0, 1, 2], [z for z in (1j, -1j)], (-1j, 1j))
def f(a=1j, b=-3.5j):
    return a * b
print(f(), f(2), f.__defaults__)
print(f"{1j}", f"{2+3j!r}", f"{-1j:>8}", "%s %r" % (1j, 2j), str(1e300j * 1e300j), 10j // 1 if False else 0)
print(sum([1j] * 10), max([abs(1j), abs(3 + 4j)]), (1j) ** 2 == -1, 1j * 1j)
