s = list(range(10))
print(s[::-1], s[-3:], s[:-3], s[100:], s[-100:2])
print(s[2:8:3], s[8:2:-2], s[::0] if False else s[5:5])
print(s[-1:-4:-1], s[None:None:2])
t = 'hello world'
print(t[::-1], t[3:-3], t[-100:100], t[6:1])
s[2:5] = ['a']
print(s)
s[::2] = 'xxxx'
print(s)
del s[1::3]
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
try:
    print(s[::0])
except ValueError as e:
    print('ValueError:', e)
