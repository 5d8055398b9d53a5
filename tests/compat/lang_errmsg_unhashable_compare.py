for c in (lambda: {[]: 1}, lambda: hash({}), lambda: {1, {2}}, lambda: [] < 1, lambda: None > None,
          lambda: (1, 'a') < (1, 2), lambda: 'a' >= 3.5, lambda: [1, 2] <= 'ab'):
    try:
        c()
    except TypeError as e:
        print(e)
