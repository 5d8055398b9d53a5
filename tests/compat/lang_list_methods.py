a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(100, 99); a.insert(-1, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7)
print(a, a.index(2), a.count(1), a.index(5, 1))
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0])
for bad in (lambda: a.remove(42), lambda: a.index(42), lambda: [].pop(), lambda: a.pop(50)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
