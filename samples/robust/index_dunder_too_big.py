class C:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
for seq in ['abc', [1, 2, 3], (1, 2, 3), range(3), b'abc']:
    for v in [2 ** 70, -2 ** 70, 1]:
        try:
            print(repr(seq[C(v)]))
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)
try: [1][C(1.5)]
except TypeError as e: print(e)
l = [1, 2]
try: l[C(2 ** 70)] = 1
except IndexError as e: print(e)
