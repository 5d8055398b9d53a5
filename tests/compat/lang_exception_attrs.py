e = ValueError('a', 2)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(KeyError('k')), str(KeyError('a', 'b')))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyErr(42)
except Exception as x:
    print(type(x).__name__, x, x.code, x.args, isinstance(x, Exception))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
print([c.__name__ for c in IndexError.__mro__])
