for i in range(3):
    if i == 5:
        break
else:
    print('for-else ran')
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
print('i =', i)
n = 0
while n < 3:
    n += 1
else:
    print('while-else', n)
while True:
    break
else:
    print('never')
for x in []:
    pass
else:
    print('empty for-else')
