# Common string methods (1).
s = "  Hello, World  "
print(repr(s.strip()), repr("xxhixx".strip("x")))
print(s.upper(), s.lower())
print("a,b,,c".split(","), "a b  c".split(), "a-b-c".split("-", 1))
print("x y z".split(" "), "".split(), "abc".split("b"))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join("abc"))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "aaa".replace("a", ""))
print("banana".find("an"), "banana".find("an", 2), "banana".find("x"), "banana".find(""))
print("a\tb".split("\t"), "hello world".upper().lower())
