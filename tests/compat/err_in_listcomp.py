def inv(xs):
    return [1 / x for x in xs]
inv([1, 2, 0])
