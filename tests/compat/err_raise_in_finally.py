def f():
    try:
        raise KeyError('a')
    finally:
        raise TypeError('b')
f()
