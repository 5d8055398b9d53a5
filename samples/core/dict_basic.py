# Dict basics: insertion order, indexing, in, del.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d))
print(d["a"], "a" in d, "z" in d, "z" not in d)
del d["b"]
print(d)
d["b"] = 200
print(d, list(d))
for k in d:
    print(k, d[k])
e = {}
e[1] = "one"
e[(1, 2)] = "tuple"
e[2.5] = "float"
print(e)
print({1: "a", 1.0: "b"}, {True: "t", 1: "one"})
nested = {"x": [1, 2, {"y": (3, None)}], "z": {"w": "s"}}
print(nested)
print(nested["x"][2]["y"][0])
print({} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
