# collections.defaultdict.
from collections import defaultdict

dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dd)
print(dd["a"], dd["z"], len(dd), "z" in dd, "q" in dd)
print(sorted(dd), list(dd.keys()), [len(v) for v in dd.values()])
for k, v in dd.items():
    print(k, v)

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["m"], counts.get("x"), counts.get("x", 0), "x" in counts)
print(dict(counts))

nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})

d = defaultdict(None, {"k": 1})
print(d, d.default_factory)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)

s = defaultdict(set)
s["x"].add(1)
s["x"].add(1)
print(s)
print(s.pop("x"), s.setdefault("y", {2}), s)
del s["y"]
print(s, len(s))
dd2 = defaultdict(str, a="x")
dd2.update({"b": "y"}, c="z")
print(dd2, dd2 == {"a": "x", "b": "y", "c": "z"}, dd2["nope"] == "")
cp = dd2.copy()
cp["new"] = "!"
print(len(dd2), len(cp), cp.default_factory)
