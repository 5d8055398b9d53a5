out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('w', i)
for i in range(3):
    pass
print(i)
for _ in range(0):
    k = 1
try:
    print(k)
except NameError as e:
    print('NameError:', e)
