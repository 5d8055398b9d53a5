it = iter([5, 6, 0, 7])
print(list(iter(it.__next__, 0)), list(it))
calls = []
def step():
    calls.append(1)
    return len(calls)
print(list(iter(step, 4)))
print(it.__next__.__name__ if False else 'ok', [1, 2].__iter__().__next__())
