s = 'Hello World'
print(s.upper(), s.lower(), s.swapcase(), s.title(), 'hello world'.capitalize())
print(s.find('o'), s.rfind('o'), s.find('z'), s.index('W'), s.count('l'), s.count(''))
print(s.startswith('He'), s.endswith(('x', 'ld')), s.startswith('World', 6))
print(s.replace('l', 'L'), s.replace('l', 'L', 1), 'aaa'.replace('', '-'))
print('abc'.isalpha(), '123'.isdigit(), 'a1'.isalnum(), '  '.isspace(), 'Ab'.istitle(), 'ab'.islower())
print('x'.center(5, '*'), 'x'.ljust(3, '.'), 'x'.rjust(3), '42'.zfill(5), '-42'.zfill(5))
print('xxhixx'.strip('x'), 'abc'.lstrip('a'), 'abc'.rstrip('c'), 'TestCase'.removeprefix('Test'), 'a.py'.removesuffix('.py'))
try:
    s.index('z')
except ValueError as e:
    print('ValueError:', e)
