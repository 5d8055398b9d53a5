# Found by tests/fuzz/difffuzz.py (second campaign): exception details.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for raiser in (lambda: OSError(0, 'io'), lambda: RuntimeError('r'),
               lambda: ExceptionGroup('outer', [ExceptionGroup('inner', [ValueError(1), TypeError('t')]), ValueError(0)])):
    try:
        try:
            raise raiser()
        except* (ValueError, RuntimeError, OSError) as eg:
            raise KeyError('in handler')
    except BaseException as e:
        print(repr(e.__context__))
show(lambda: ExceptionGroup(1, ValueError))
show(lambda: [repr(e) for e in (OSError(1, ''), OSError(2, 'x', 'f'), OSError(32, 'p'), OSError(1), PermissionError(2, 'x'))])
show(lambda: isinstance(OSError(2, 'a'), FileNotFoundError))
show(lambda: '\u00ef'.encode('ascii'))
show(lambda: type(OSError(13, 'no')).__mro__[1].__name__)
