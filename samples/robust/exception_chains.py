# Long __cause__/__context__ chains print in full below the recursion limit.
def chain(n):
    e = ValueError(0)
    for i in range(1, n):
        x = ValueError(i) if i % 2 else KeyError(i)
        if i % 3:
            x.__context__ = e
        else:
            x.__cause__ = e
        e = x
    return e

e = chain(50)
n = 0
while e is not None:
    n += 1
    e = e.__cause__ or e.__context__
print(n)
raise chain(30)
