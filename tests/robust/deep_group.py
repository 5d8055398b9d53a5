e = ValueError('leaf')
for i in range(50000):
    members = [e, TypeError(i)] if i % 3 == 0 else [e]
    if i == 49999:
        members += [KeyError(k) for k in range(20)]
    e = ExceptionGroup(f'level {i}', members)
print('raising')
raise e
