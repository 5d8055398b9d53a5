for c in (lambda: [x for x in 5], lambda: list(None), lambda: next([1]), lambda: dict([1, 2]),
          lambda: dict([(1, 2, 3)]), lambda: set(1.5), lambda: ''.join(5), lambda: sorted(3)):
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
