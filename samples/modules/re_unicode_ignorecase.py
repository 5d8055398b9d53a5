# re and Unicode: IGNORECASE with Unicode case folding, including the extra
# equivalences of re._casefix (ſ and s, K and the Kelvin sign, the sigmas,
# the Cyrillic and Greek variants); Unicode classes against re.ASCII; big
# character sets; characters outside the BMP.
import re

print(re.findall(r"(?i)straße", "STRASSE Straße STRAẞE straße"))
print(re.match(r"(?i)s", "ſ"), re.match(r"(?i)ſ", "S"), re.match(r"(?i)[a-z]+", "ſK"))
print(re.match(r"(?i)k", "\u212a"), re.match(r"(?i)\u212a", "k"), re.match(r"(?i)[k]", "\u212a"))
print(re.findall(r"(?i)σ", "Σσς"), re.findall(r"(?i)[σ]", "Σσς"), re.findall(r"(?i)ς", "ΣΣ"))
print(re.match(r"(?i)\u0130", "i"), re.match(r"(?i)i", "\u0130"), re.match(r"(?i)ı", "I"))
print(re.match(r"(?i)ǅ", "ǆ"), re.match(r"(?i)ǆ", "Ǆ"), re.findall(r"(?i)[ǅ]", "ǄǅǆDž"))
print(re.findall(r"(?i)в", "В в ᲀ"), re.findall(r"(?i)θ", "Θθϑϴ"), re.findall(r"(?i)µ", "µΜμ"))
print(re.match(r"(?i)ß", "ẞ"), re.match(r"(?i)ẞ", "ß"), re.match(r"(?i)ss", "ß"))
print(re.match(r"(?ia)k", "\u212a"), re.match(r"(?ia)é", "É"), re.match(r"(?i)é", "É"))
print(re.findall(r"(?i)[а-я]+", "Привет МИР"), re.findall(r"(?i)[à-ÿ]+", "ÀÉÎõü"))
print(re.search(r"(?i)(\w+) \1", "Größe GRÖSSE größe"), re.search(r"(?i)(é)\1", "éÉ"))

# \w \d \s \b follow Unicode for str patterns unless re.ASCII.
s = "naïve café 日本語 ٣٤ x\u2003y \u00a0z_1"
print(re.findall(r"\w+", s))
print(re.findall(r"\w+", s, re.A))
print(re.findall(r"\d+", s), re.findall(r"\d+", s, re.A), re.findall(r"\s", s), re.findall(r"\s", s, re.A))
print(re.findall(r"\b\w", "éa bé"), re.findall(r"\b\w", "éa bé", re.A), re.findall(r"\B.", "éa"))
print(re.findall(r".", "a\u2028b\u0085c"), re.split(r"(?m)$", "a\u2028b\nc"))

# Sets with characters far apart compile to big charsets.
print(re.findall(r"[αγε]+", "αβγδε αγε"), re.findall(r"[^αγε\s]+", "αβγδε αγε"))
print(re.findall(r"[\u0100-\u017f\u0400-\u04ff]+", "Łódź и Москва"), re.findall(r"[一-龥]+", "漢字 kana かな"))
print(re.findall(r"(?i)[ā-ž]+", "ĀāŽž"), re.findall(r"[\w&]", "a&"))

# Beyond the BMP.
print(re.findall(r"[\U0001F600-\U0001F64F]", "hi 😀 there 🙏!"), re.match(r".", "𝔘").span())
print(re.findall(r"(?i)\U00010400", "\U00010428\U00010400"), re.findall(r"(?i)[\U00010400-\U00010410]", "\U00010428"))
print(re.sub(r"(\w)", r"<\1>", "a𝔘é"), re.split(r"😀", "a😀b😀"), re.escape("😀.x"))
print(re.match(r"\N{GREEK SMALL LETTER ALPHA}+", "ααβ"), re.match(r"\u00e9\x41\101", "éAA"))
