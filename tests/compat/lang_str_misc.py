print('ab' * 3, 'a' + 'b', 'b' in 'abc', 'abc' < 'abd', 'Z' < 'a', len('h\u00e9llo'))
print(ord('a'), chr(955), 'tab\there'.expandtabs(4), '\u00e9'.encode(), 'caf\u00e9'.upper())
print(str(123), str(None), str([1]), 'abc'[1], 'abc'[-1], list('abc'))
print('a%sb' % 'X', 'x'.join('123'), 'hello'.translate({ord('l'): 'L'}), str.maketrans('ab', 'xy') == {97: 120, 98: 121})
try:
    'abc'[5]
except IndexError as e:
    print('IndexError:', e)
try:
    s = 'abc'
    s[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
