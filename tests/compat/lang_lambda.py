sq = lambda x: x * x
print(sq(5), (lambda *a, **k: (a, k))(1, b=2), (lambda: 'none')())
print(sorted([(1, 'b'), (0, 'c')], key=lambda t: t[1]), sq.__name__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(4) + '!', (lambda x, y=2, *, z=3: x + y + z)(1, z=10))
