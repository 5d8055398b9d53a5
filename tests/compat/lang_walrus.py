data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
it = iter([3, 2, 1, 0, 5])
while (v := next(it)) != 0:
    print('v', v)
def f():
    [z := k for k in range(3)]
    return z
print(f())
print((a := 10) + a)
