def step(n):
    if n == 0:
        raise LookupError('bottom')
    step(n - 1)
step(5)
