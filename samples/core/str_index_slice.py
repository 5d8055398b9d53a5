# String indexing and slicing.
s = "abcdefghij"
print(s[0], s[3], s[-1], s[-3])
print(s[2:5], s[:3], s[7:], s[-4:-1], s[:])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-5:-1])
print(s[5:100], repr(s[100:]), repr(s[5:2]))
print(len(s), len(""), len("a b"))
print("cd" in s, "xy" in s, "" in s, "a" not in s)
for ch in "hey":
    print(ch, end="|")
print()
print(s[len(s) - 1], s[-len(s)])
