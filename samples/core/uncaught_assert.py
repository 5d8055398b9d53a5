# Uncaught AssertionError with a message.
def check(x):
    assert x < 10, "x too large: " + str(x)
    return x

print(check(3))
check(30)
