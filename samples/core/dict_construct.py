# Building dicts.
print(dict(a=1, b=2))
print(dict(zip(["x", "y", "z"], [1, 2, 3])))
print(dict([("k", "v"), ("k2", "v2")]))
print({n: n * n for n in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(dict({"a": 1}, b=2))
words = ["one", "two", "three"]
print({w: len(w) for w in words})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print(repr({"list": [1, 2], "tuple": (3,), "set": sorted({4}), "none": None, "s": "q'"}))
print(str({1: {2: {3: []}}}))
print(dict())
