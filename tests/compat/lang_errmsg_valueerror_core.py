cases = [lambda: int('abc'), lambda: int('1.5'), lambda: float('x'), lambda: [1].index(2),
         lambda: 'abc'.index('z'), lambda: chr(-1), lambda: int('9', 8), lambda: range(0, 1, 0),
         lambda: (1, 2).index(3), lambda: int(''), lambda: float(''), lambda: int(' 1 2 ')]
for c in cases:
    try:
        c()
    except ValueError as e:
        print(e)
