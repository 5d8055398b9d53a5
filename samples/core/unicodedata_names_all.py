# Every character's name, checked by a digest, and lookups back. The work
# per code point runs inside map() and sum(), so that the script stays quick
# under the GC-stress build, which collects at every loop iteration of
# Python code.
import unicodedata

M = (1 << 61) - 1
names = list(map(unicodedata.name, map(chr, range(0x110000)), [None] * 0x110000))
named = list(filter(None, names))
text = '|'.join(named)
print(len(named), sum(map(len, named)), sum(map(int.__mul__, range(1, len(text) + 1), map(ord, text))) % M)

# Every 41st code point that has a name, looked up again: in lower case,
# except the names made by rule, which 3.11 accepts only in upper case.
sample = list(filter(None, names[::41]))
del names, named, text
by_rule = list(map(str.startswith, sample, [("HANGUL SYLLABLE", "CJK UNIFIED")] * len(sample)))
keys = list(map(tuple.__getitem__, zip(map(str.lower, sample), sample), by_rule))
back = ''.join(map(unicodedata.lookup, keys))
print(len(sample), sum(by_rule), back == ''.join(map(unicodedata.lookup, sample)),
      list(map(unicodedata.name, back)) == sample)
