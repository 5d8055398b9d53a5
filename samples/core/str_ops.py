# String operators, comparisons, ord/chr.
print("ab" * 3, 3 * "-", "x" * 0, repr("y" * -1))
print("abc" + "def", "a" < "b", "abc" < "abd", "abc" < "ab", "Z" < "a")
print("apple" == "apple", "apple" != "Apple", "b" > "abc")
print(ord("a"), ord("A"), ord("0"), chr(97), chr(65) + chr(66), chr(8364))
print(sorted(["pear", "Apple", "banana", "apple"]))
print(max("hello"), min("hello"))
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("nl\n"), repr("back\\slash"))
print(str(3) + "3", int("3") + 3)
print("%", "{}", "{{}}")
