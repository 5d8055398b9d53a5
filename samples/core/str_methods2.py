# Common string methods (2).
print("filename.py".startswith("file"), "filename.py".endswith(".py"), "abc".startswith("bc"))
print("abc".startswith(("x", "a")), "abc".endswith(("c", "z")))
print("banana".count("a"), "banana".count("an"), "aaaa".count("aa"), "abc".count(""))
print("123".isdigit(), "12a".isdigit(), "".isdigit())
print("hello world foo".title(), "hELLO wORLD".capitalize(), "they're here".title())
print("[" + "hi".center(8) + "]", "[" + "hi".center(7, "*") + "]")
print("[" + "hi".ljust(5) + "]", "[" + "hi".rjust(5, ".") + "]", "[" + "long".ljust(2) + "]")
print("a".join("xyz").upper())
