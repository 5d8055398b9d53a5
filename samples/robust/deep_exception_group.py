# An exception group nested 50,000 deep, uncaught: the traceback stops at
# CPython's max_group_depth (10) and max_group_width (15).
e = ValueError('leaf')
for i in range(50000):
    members = [e, TypeError(i)] if i % 3 == 0 else [e]
    if i == 49999:
        members += [KeyError(k) for k in range(20)]
    e = ExceptionGroup(f'level {i}', members)
print('raising')
raise e
