# while / for with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while-else ran")
while True:
    i -= 1
    if i < 3:
        break
print("after break", i)
for n in range(2, 10):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty for-else")
total = 0
for x in range(100):
    if x % 2:
        continue
    if x > 10:
        break
    total += x
print("total", total)
n = 3
while n:
    n -= 1
    print("count", n)
