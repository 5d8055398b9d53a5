# count, cycle, repeat and islice over them.
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10), 3)))
print(list(islice(count(1, 3), 4)))
print(list(islice(count(2.5, 0.5), 4)))
print(list(islice(count(5, -2), 4)))
c = count(7)
next(c)
print(repr(c), repr(count(1, 2)), repr(count(0.5, 0.25)))
print(next(c), next(c))

print(list(islice(cycle("abc"), 8)))
print(list(islice(cycle([1, 2]), 5)))
print(list(cycle([])))

print(list(repeat("x", 3)), list(repeat(None, 0)), list(repeat(1, -2)))
r = repeat(4, 3)
print(repr(r), next(r), repr(r))
print(repr(repeat("a")))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(), "hey")))

for i, ch in zip(count(1), cycle("xy")):
    if i > 5:
        break
    print(i, ch)
