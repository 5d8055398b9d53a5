# except tuples, exception attributes, custom exceptions.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name

class Coded(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

    def __str__(self):
        return "[" + str(self.code) + "] " + self.args[1]

for exc in [ValueError("v"), TypeError("t"), KeyError("k")]:
    try:
        raise exc
    except (ValueError, TypeError) as e:
        print("tuple caught", type(e).__name__, e)
    except Exception as e:
        print("generic caught", type(e).__name__, e)

try:
    raise NotFound("config")
except AppError as e:
    print(type(e).__name__, e, e.args, e.name, repr(e))
    print(isinstance(e, NotFound), isinstance(e, Exception), issubclass(NotFound, AppError))

try:
    raise Coded(404, "missing page")
except Coded as e:
    print(str(e), e.args, e.code)

e = Exception("a", 1)
print(str(e), repr(e), e.args)
print(str(Exception()), repr(Exception()), repr(ValueError("x")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError(1)))
print(repr(AppError("custom")), str(AppError()))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
