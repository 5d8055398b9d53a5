# raise, re-raise, raise from, chaining.
def fail():
    raise RuntimeError("original")

try:
    fail()
except RuntimeError as e:
    print("caught", e)

def reraise():
    try:
        fail()
    except RuntimeError:
        print("logging and re-raising")
        raise

try:
    reraise()
except RuntimeError as e:
    print("re-raised", repr(e))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e), "cause:", e.__cause__, "context:", repr(e.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("suppressed") from None
except TypeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)

try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)

err = IndexError("prebuilt", 7)
try:
    raise err
except LookupError as e:
    print(e is err, e.args, str(e))
