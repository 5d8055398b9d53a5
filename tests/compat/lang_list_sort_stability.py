people = [('bob', 25), ('amy', 30), ('cat', 25), ('dan', 30), ('eve', 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ['Banana', 'apple', 'cherry', 'Apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted('bca'), sorted({3: 'a', 1: 'b'}))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
