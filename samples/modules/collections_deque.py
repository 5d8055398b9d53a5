# collections.deque.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d[1] = 99
del d[0]
print(d, 99 in d, 100 in d, d.count(99), d.index(5))
d.remove(99)
d.reverse()
print(d, list(reversed(d)), bool(d), bool(deque()))
d.insert(1, "x")
print(d, d.copy(), d == d.copy(), d == deque(), deque([1]) < deque([2]))
d.clear()
print(d, len(d))

b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(b)
b.appendleft(-1)
print(b, b.maxlen, deque().maxlen)
b.extend("ab")
print(b)
print(deque("hello", 2), deque(range(5), maxlen=0), repr(deque()))

q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
total = 0
while q:
    total += q.popleft()
print(total, len(q))
q = deque()
for i in range(50):
    q.appendleft(i)
print(q[0], q[-1], len(q), sum(q))

for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
          lambda: deque([1]).remove(7), lambda: deque([1]).index(2), lambda: deque(maxlen=-1)]:
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
