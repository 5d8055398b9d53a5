def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
tries = [
    lambda: f(1, 2, 3, 4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, 3, d=4, e=5),
    lambda: f(1, 2, 3, c=3, d=4),
]
for t in tries:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
