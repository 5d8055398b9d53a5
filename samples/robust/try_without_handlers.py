# A try block that a dedent past it ends without handlers.
def f():
    try:
        x = 1
print(f())
