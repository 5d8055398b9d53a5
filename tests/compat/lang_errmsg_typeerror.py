cases = [lambda: 1 + 'a', lambda: 'a' + 1, lambda: [] + (), lambda: 1 < 'a', lambda: nothing(),
         lambda: len(5), lambda: abc[1.5], lambda: one[None], lambda: {}[[]], lambda: -'x',
         lambda: iter(5), lambda: int([]), lambda: five[0], lambda: None.x if False else abs('s'),
         lambda: sum(['a', 'b']), lambda: 'x' * 2.0, lambda: ~1.5, lambda: {} < {}]
five, abc, one, nothing = 5, 'abc', [1], None
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
