print(list(zip('abc', [1, 2, 3, 4])), list(zip()), list(zip([1], [2], [3])))
print(list(enumerate('xy')), list(enumerate('xy', start=5)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, 'ab')))
print(list(filter(None, [0, 1, '', 'a', None, []])), list(filter(lambda x: x % 2, range(6))))
pairs = [(1, 'a'), (2, 'b')]
nums, lets = zip(*pairs)
print(nums, lets)
print(list(reversed([1, 2, 3])), list(reversed(range(4))), dict(zip('ab', 'xy')))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print('ValueError:', e)
