# Tuples, packing and unpacking.
t = 1, 2, 3
print(t, type(t), len(t), t[1], t[-1], t[0:2])
x, y, z = t
print(x, y, z)
a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = "abcd"
print(c, d)
e, *f, g = range(5)
print(e, f, g)
h, *i = (9,)
print(h, i)
p, q = 1, 2
p, q = q, p
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
for k, (u, v) in enumerate([(1, 2), (3, 4)]):
    print(k, u, v)
single = (5,)
print(single, (), tuple([1, 2]), tuple("ab"))
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2))
print(t.count(2), t.index(3), 2 in t)
