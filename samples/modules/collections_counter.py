# collections.Counter.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), "z" in c)
print(c.most_common(2), c.most_common(), c.most_common(0))
print(sorted(c.elements()))
print(c.total())

words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3))
print(Counter({"red": 4, "blue": 2}), Counter(cats=4, dogs=8), Counter())

c.update("aaz")
print(c)
c.update({"b": 10})
print(c)
c.subtract("aaaaaaa")
print(c)
c.subtract({"z": 5})
print(c)

a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=4)
print(a + b, a - b, b - a, a | b, a & b)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
a += Counter(c=2)
print(a)
a -= Counter(a=5)
print(a)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == Counter(a=2))
print(Counter("aab") <= Counter("aabb"), Counter("aabb") < Counter("aab"))
del a["b"]
del a["nope"]
print(a, list(a), list(a.items()), list(a.values()))
print(sum(Counter("hello world").values()))
inventory = Counter()
for item, n in [("apple", 3), ("pear", 2), ("apple", 1)]:
    inventory[item] += n
print(inventory, dict(inventory))
