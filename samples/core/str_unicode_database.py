# Code points through str's predicates and case mappings, compared with
# CPython by digest: for each property, how many code points have it and a
# checksum of which; for each mapping, a checksum of what it produces. All
# code points below U+3000 (most cased letters) and a stride through the
# rest. (runtime/gen_unicode_tables.py builds coil's tables from CPython;
# this checks that they are read back as CPython reads them.) One pass that
# keeps only running sums, so that the heap stays small.

M = (1 << 31) - 1


def code_points():
    yield from range(0x3000)
    yield from range(0x3000, 0xD800, 7)
    yield from range(0xE000, 0x20000, 7)
    yield from range(0x20000, 0x110000, 997)


def mix(h, v):
    return (h * 1000003 + v) % M


def mix_text(h, text):
    for x in text:
        h = mix(h, ord(x))
    return h


predicates = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'islower',
              'isupper', 'istitle', 'isspace', 'isprintable', 'isidentifier']
mappings = ['lower', 'upper', 'title', 'capitalize', 'swapcase', 'casefold']
tests = [getattr(str, name) for name in predicates]
maps = [getattr(str, name) for name in mappings]
counts = [0] * len(tests)
sums = [0] * len(tests)
alone = [0] * len(maps)
inside = [0] * len(maps)
changed = longer = longer_sum = sigma = zeros = zeros_sum = 0

for cp in code_points():
    c = chr(cp)
    for i, test in enumerate(tests):
        if test(c):
            counts[i] += 1
            sums[i] = mix(sums[i], cp)
    word = 'a' + c + 'B' + c
    for i, f in enumerate(maps):
        alone[i] = mix_text(alone[i], f(c))
        inside[i] = mix_text(inside[i], f(word))
    up, low = c.upper(), c.lower()
    if up != c or low != c:
        changed += 1
    if len(up) > 1 or len(low) > 1 or len(c.casefold()) > 1:
        longer += 1
        longer_sum = mix(longer_sum, cp)
    # The final-sigma rule around every character.
    sigma = mix_text(sigma, ('A' + c + '\u03a3').lower() + ('A\u03a3' + c).lower())
    if c.isdecimal() and int(c) == 0:
        zeros += 1
        zeros_sum = mix(zeros_sum, cp)

for name, n, h in zip(predicates, counts, sums):
    print(f'{name:12} {n:7} {h}')
for name, a, b in zip(mappings, alone, inside):
    print(f'{name:12} {a} {b}')
print('cased mappings', changed, 'one-to-many', longer, longer_sum)
print('final sigma', sigma)
# int() and float() read any decimal digit.
print('decimal zeros', zeros, zeros_sum)
print(int('١٢٣'), float('٣.٥'), int('\u2003 42 \u3000'))
