from collections import deque
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, len(d))
d.rotate(1)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([9])
print(list(d), d[0], d[-1], 7 in d)
try:
    deque().pop()
except IndexError as e:
    print('IndexError:', e)
