class Foo:
    a = 1
    def b(self):
        pass
d = Foo.__dict__
print(type(d).__name__, d["a"], "a" in d, len(d) > 3, sorted(k for k in d if not k.startswith("__")), d.get("zz", 5))
print(list(d.keys())[:2], vars(Foo) is not None, type(vars(Foo)).__name__)
try:
    Foo.__dict__["c"] = 3
except TypeError as e:
    print("TypeError", e)
print(dict(d)["a"], repr(type(int.__dict__)), "bit_length" in int.__dict__)
Foo.c = 3
print(Foo.__dict__["c"], d["c"])
