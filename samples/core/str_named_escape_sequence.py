# A named sequence is not a character: \N{...} rejects it.
s = "\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"
