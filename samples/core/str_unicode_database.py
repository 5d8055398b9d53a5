# Code points through str's predicates and case mappings, compared with
# CPython by digest: for each property, how many code points have it and a
# checksum of which; for each mapping, a checksum of what it produces. All
# of planes 0 and 1 (every cased letter is there) and a stride through the
# rest. (runtime/gen_unicode_tables.py builds coil's tables from CPython;
# this checks that they are read back as CPython reads them.)

M = (1 << 31) - 1


def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 + v) % M
    return h


cps = [cp for cp in range(0x20000) if not 0xD800 <= cp < 0xE000] + list(range(0x20000, 0x110000, 97))
chars = [chr(cp) for cp in cps]

predicates = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'islower',
              'isupper', 'istitle', 'isspace', 'isprintable', 'isidentifier']
for name in predicates:
    test = getattr(str, name)
    hits = [cp for cp, c in zip(cps, chars) if test(c)]
    print(f'{name:12} {len(hits):7} {digest(hits)}')

# Mappings, on the character alone and inside a word (title/capitalize and
# the final sigma depend on the neighbours).
for name in ['lower', 'upper', 'title', 'capitalize', 'swapcase', 'casefold']:
    f = getattr(str, name)
    alone = digest(ord(x) for c in chars for x in f(c))
    inside = digest(ord(x) for c in chars for x in f('a' + c + 'B' + c))
    print(f'{name:12} {alone} {inside}')

changed = [cp for cp, c in zip(cps, chars) if c.upper() != c or c.lower() != c]
longer = [cp for cp, c in zip(cps, chars) if len(c.upper()) > 1 or len(c.lower()) > 1 or len(c.casefold()) > 1]
print('cased mappings', len(changed), 'one-to-many', len(longer), digest(longer))

# The final-sigma rule around every character.
sigma = digest(ord(x) for c in chars for x in ('A' + c + '\u03a3').lower() + ('A\u03a3' + c).lower())
print('final sigma', sigma)

# int() and float() read any decimal digit.
zeros = [cp for cp, c in zip(cps, chars) if c.isdecimal() and int(c) == 0]
print('decimal zeros', len(zeros), digest(zeros))
print(int('١٢٣'), float('٣.٥'), int('\u2003 42 \u3000'))
