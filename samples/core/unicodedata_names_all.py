# Every character's name, checked by a checksum, and lookups back.
import unicodedata

acc = count = total = 0
mismatches = 0
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is None:
        continue
    count += 1
    total += len(n)
    for ch in n:
        acc = (acc * 31 + ord(ch)) % 1000000007
    if cp % 41 == 0:
        key = n if n.startswith(("HANGUL SYLLABLE", "CJK UNIFIED")) else n.lower()
        if unicodedata.lookup(key) != chr(cp):
            mismatches += 1
print(count, total, acc, mismatches)
