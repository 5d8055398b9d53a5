# Code points through str's predicates and case mappings, compared with
# CPython by digest: for each property, how many code points have it and a
# weighted sum of which; for each mapping, a digest of what it produces. All
# code points below U+3000 (most cased letters) and a stride through the
# rest. (runtime/gen_unicode_tables.py builds coil's tables from CPython;
# this checks that they are read back as CPython reads them.) The per-code
# point work runs inside map() and sum(), so that the script stays quick
# under the GC-stress build, which collects at every loop iteration of
# Python code.

points = (list(range(0x3000)) + list(range(0x3000, 0xD800, 7)) + list(range(0xE000, 0x20000, 7)) +
          list(range(0x20000, 0x110000, 997)))
chars = list(map(chr, points))
weights = range(1, len(points) + 1)
M = (1 << 61) - 1


def digest(text):
    # Order-sensitive: each code point weighted by its position.
    return sum(map(int.__mul__, range(1, len(text) + 1), map(ord, text))) % M


predicates = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'islower',
              'isupper', 'istitle', 'isspace', 'isprintable', 'isidentifier']
for name in predicates:
    flags = list(map(getattr(str, name), chars))
    print(f'{name:12} {sum(flags):7} {sum(map(int.__mul__, points, flags)) % M}')

words = list(map(''.join, zip(['a'] * len(chars), chars, ['B'] * len(chars), chars)))
for name in ['lower', 'upper', 'title', 'capitalize', 'swapcase', 'casefold']:
    f = getattr(str, name)
    print(f'{name:12} {digest("".join(map(f, chars)))} {digest("".join(map(f, words)))}')

uppers = list(map(str.upper, chars))
lowers = list(map(str.lower, chars))
changed = sum(map(bool.__or__, map(str.__ne__, uppers, chars), map(str.__ne__, lowers, chars)))
lengths = list(map(max, map(len, uppers), map(len, lowers), map(len, map(str.casefold, chars))))
longer = list(map(int.__gt__, lengths, [1] * len(lengths)))
print('cased mappings', changed, 'one-to-many', sum(longer), sum(map(int.__mul__, points, longer)) % M)
# The final-sigma rule around every character.
left = map(''.join, zip(['A'] * len(chars), chars, ['\u03a3'] * len(chars)))
right = map(''.join, zip(['A\u03a3'] * len(chars), chars))
print('final sigma', digest(''.join(map(str.lower, left))), digest(''.join(map(str.lower, right))))
# int() and float() read any decimal digit.
decimals = list(filter(str.isdecimal, chars))
zeros = list(map(int.__eq__, map(int, decimals), [0] * len(decimals)))
print('decimal zeros', sum(zeros), sum(map(int.__mul__, map(ord, decimals), zeros)) % M)
print(int('١٢٣'), float('٣.٥'), int('\u2003 42 \u3000'))
