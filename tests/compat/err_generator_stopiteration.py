def gen():
    yield 1
    raise StopIteration('manual')
print(list(gen()))
