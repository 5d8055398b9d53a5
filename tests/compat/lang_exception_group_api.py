eg = ExceptionGroup('top', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
print(eg.message, len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print('ValueError:', e)
print(isinstance(ExceptionGroup('x', [ValueError()]), Exception), type(BaseExceptionGroup('y', [KeyboardInterrupt()])).__name__)
