def f():
    try:
        raise KeyError('orig')
    except KeyError:
        print('handling')
        raise
try:
    f()
except KeyError as e:
    print('outer', repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise TypeError('t') from ValueError('v')
except TypeError as e:
    print(repr(e.__cause__))
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
