def t(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('zero')
    except (TypeError, ValueError) as e:
        print('bad type', type(e).__name__)
    else:
        print('ok', r)
    finally:
        print('done', x)
for v in (2, 0, 'a'):
    t(v)
try:
    try:
        raise KeyError('k')
    except ValueError:
        print('no')
except LookupError as e:
    print('lookup', repr(e))
