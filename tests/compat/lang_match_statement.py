def describe(v):
    match v:
        case 0:
            return 'zero'
        case int(n) if n < 0:
            return f'negative {n}'
        case [x, y]:
            return f'pair {x} {y}'
        case [x, *rest]:
            return f'list head {x} rest {rest}'
        case {'kind': k, **others}:
            return f'dict {k} {sorted(others)}'
        case str() | bytes():
            return 'text'
        case (1 | 2) as small:
            return f'small {small}'
        case _:
            return 'other'
for v in (0, -4, [1, 2], [1, 2, 3], {'kind': 'k', 'a': 1}, 'hi', 2, 3.5):
    print(describe(v))
