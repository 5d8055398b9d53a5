# Dict methods.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop("b"), d.pop("zz", "dflt"), d)
d.update({"a": 10, "e": 5})
d.update(f=6)
print(d)
for k, v in d.items():
    print(k, "->", v)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d)
print(d.popitem(), d)
