vals = [0, 1, -1, 0.0, 0.1, '', ' ', [], [0], (), {}, {0: 0}, set(), None, True, False, range(0), range(1), b'']
print([bool(v) for v in vals])
print([v for v in vals if not v] == [0, 0.0, '', [], (), {}, set(), None, False, range(0), b''])
print(1 and 'x', 0 and 'x', '' or 'default', [] or {} or None)
print(bool(), bool(NotImplemented) if False else True, not None, not not 'a')
