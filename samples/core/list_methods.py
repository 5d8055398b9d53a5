# List mutation methods.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend((2, 6))
print(a, len(a))
a.insert(0, 100)
a.insert(-1, 200)
a.insert(99, 300)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.count(1), a.count(7), a.index(1))
b = []
for i in range(5):
    b.append(i * i)
print(b, b[-1], 16 in b, 3 in b)
c = b.copy()
c.append(0)
print(b, c)
c.clear()
print(c, len(c))
