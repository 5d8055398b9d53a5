e = ValueError(0)
for i in range(1, 2000):
    x = ValueError(i)
    x.__context__ = e
    e = x
raise e
