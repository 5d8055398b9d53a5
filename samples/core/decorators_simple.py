# Simple function decorators.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper

def log_calls(func):
    calls = []
    def wrapper(*args):
        calls.append(args)
        print("calling", func.__name__, "with", args)
        return func(*args)
    wrapper.calls = calls
    return wrapper

@shout
def greet(name):
    return "hello " + name

@log_calls
def add(a, b):
    return a + b

print(greet("ann"))
print(add(1, 2), add(3, 4))
print(add.calls)

def repeat(n):
    def deco(func):
        def wrapper():
            return [func() for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def ping():
    return "ping"

print(ping())

@shout
@log_calls
def both(x):
    return "x=" + str(x)

print(both(7))
