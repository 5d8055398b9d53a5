def fail():
    raise ExceptionGroup('many', [ValueError('v'), TypeError('t')])
fail()
