x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
print([(i, j) for i in range(3) for j in range(i)])
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print(sorted({n % 3 for n in range(10)}))
class A:
    y = 10
    vals = [y for _ in range(2)] if False else None
    items = [i * 2 for i in range(3)]
print(A.items)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([[j for j in range(i)] for i in range(4)])
