def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('cleanup')
it = g()
print(next(it))
print(it.throw(ValueError('boom')))
it.close()
it2 = g()
next(it2)
it2.close()
print('closed')
def h():
    try:
        yield 1
    except GeneratorExit:
        print('exit seen')
        raise
x = h(); next(x); x.close()
