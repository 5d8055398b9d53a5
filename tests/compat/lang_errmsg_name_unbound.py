def f():
    return undefined_thing
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def g():
    print(x)
    x = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def h():
    y = 1
    del y
    return y
try:
    h()
except UnboundLocalError as e:
    print(e)
def outer():
    def inner():
        return z
    inner_result = None
    try:
        inner_result = inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
outer()
