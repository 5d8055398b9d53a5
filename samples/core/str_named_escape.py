# \N{...} escapes: character names, aliases, names made by rule, case.
import unicodedata

print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{EM DASH}", "\N{GREEK SMALL LETTER ALPHA}")
print(ascii("\N{latin small letter e with acute}"), ascii("\N{Em Dash}"))
# Aliases: control characters, abbreviations, corrections.
print("\N{LF}" == "\n", "\N{LINE FEED}" == "\n", "\N{NUL}" == "\0", ascii("\N{BYTE ORDER MARK}"))
print(ascii("\N{ZWJ}"), ascii("\N{nbsp}"), ascii("\N{LATIN CAPITAL LETTER GHA}"))
# Names with hyphens and odd spacing.
print(ascii("\N{TIBETAN MARK TSA -PHRU}"), ascii("\N{HANGUL JUNGSEONG O-E}"), ascii("\N{MINUS SIGN}"))
# By rule: Hangul syllables and unified ideographs (upper case only).
print("\N{HANGUL SYLLABLE GA}", "\N{HANGUL SYLLABLE GAG}", "\N{HANGUL SYLLABLE HIH}")
print("\N{CJK UNIFIED IDEOGRAPH-4E00}", ascii("\N{CJK UNIFIED IDEOGRAPH-20000}"), ascii("\N{CJK COMPATIBILITY IDEOGRAPH-F900}"))
print(ascii("\N{SPACE}\N{DIGIT ONE}\N{EURO SIGN}\N{GRINNING FACE}"), len("\N{BULLET}"))
# Next to other escapes, in f-strings (the braces are not a field), joined.
x = 3
print(f"\N{EM DASH}{x}\N{EM DASH}", f"{x:\N{DIGIT ZERO}>4}", f"{{\N{BULLET}}}")
print("a\tb\N{SPACE}c\x41\u00e9" "\N{COPYRIGHT SIGN}" f"{x}")
# Not an escape in raw strings and bytes.
print(r"\N{EM DASH}", b"\N{EM DASH}", rb"\N{x}", len(b"\N{EM DASH}"))

# unicodedata.lookup and name.
print(ascii(unicodedata.lookup("em dash")), ascii(unicodedata.lookup(b"LATIN SMALL LETTER A")))
print(ascii(unicodedata.lookup("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE")))  # a named sequence
print(unicodedata.name("a"), unicodedata.name("\u2014"), unicodedata.name("\uac01"), unicodedata.name("\u4e00"))
print(unicodedata.name("\x00", "none"), unicodedata.name("\U000f0000", None), unicodedata.unidata_version)
for bad in ["x", "hangul syllable ga", "CJK UNIFIED IDEOGRAPH-4e00", "HANGUL SYLLABLE", "a" * 300]:
    try:
        unicodedata.lookup(bad)
    except KeyError as e:
        print("KeyError", e)
for args in [("\x00",), ("ab",), (1,), ()]:
    try:
        unicodedata.name(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    unicodedata.lookup(3)
except TypeError as e:
    print(e)
