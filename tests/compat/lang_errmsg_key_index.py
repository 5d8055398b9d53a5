cases = [lambda: {}['missing'], lambda: {1: 2}[3], lambda: {}[(1, 'a')], lambda: {}[None],
         lambda: [][0], lambda: [1, 2][-3], lambda: ''[0], lambda: ()[1], lambda: range(2)[5],
         lambda: [].pop(), lambda: set().pop(), lambda: {}.popitem()]
for c in cases:
    try:
        c()
    except LookupError as e:
        print(type(e).__name__, repr(e), str(e))
