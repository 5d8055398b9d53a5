try:
    raise ExceptionGroup('batch', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
except* ValueError as eg:
    print('values:', [str(e) for e in eg.exceptions], type(eg).__name__)
except* TypeError as eg:
    print('types:', [str(e) for e in eg.exceptions])
try:
    try:
        raise ExceptionGroup('outer', [KeyError('k'), OSError('o')])
    except* KeyError:
        print('handled KeyError part')
except ExceptionGroup as rest:
    print('left over:', rest.message, [type(e).__name__ for e in rest.exceptions])
