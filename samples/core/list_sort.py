# Sorting and reversing lists.
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
words.sort(key=lambda w: (len(w), w))
print(words)
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
r = [1, 2, 3, 4]
r.reverse()
print(r, list(reversed(r)), r[::-1])
print(sorted("hello"), sorted([3, 1, 2], reverse=True))
print(sorted({"b": 1, "a": 2}))
