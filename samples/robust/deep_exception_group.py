# An exception group nested 5,000 deep, uncaught: the traceback stops at
# CPython's max_group_depth (10) and max_group_width (15). (50,000 deep is
# checked against CPython by tests/robust/process_checks.py: the GC-stress
# run of the samples would take minutes to build it.)
e = ValueError('leaf')
for i in range(5000):
    members = [e, TypeError(i)] if i % 3 == 0 else [e]
    if i == 4999:
        members += [KeyError(k) for k in range(20)]
    e = ExceptionGroup(f'level {i}', members)
print('raising')
raise e
