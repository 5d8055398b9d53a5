s = '  a,b,,c  '
print(s.split(','), s.strip().split(','), s.split(), 'a b  c'.split(' '))
print('a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), 'x'.split('x'))
print('line1\nline2\r\nline3'.splitlines(), 'a\n'.splitlines(True))
print('-'.join(['a', 'b']), ''.join(reversed('abc')), ', '.join(map(str, range(3))))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kv'.partition('='))
try:
    '-'.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
