s = 'naïve café 中文'
print(len(s), s.upper(), s[6:10], s[-2:], s.encode('utf-8'), len(s.encode('utf-8')))
print([ord(c) for c in 'é中'], chr(0x1F600) == '\U0001F600', 'ß'.upper(), 'İ'.lower() == 'i̇')
print('straße'.casefold(), 'ǅ'.istitle() if False else True, '٣'.isdigit(), '½'.isnumeric(), 'Ⅻ'.isdecimal())
print(sorted(['é', 'e', 'z', 'E']), 'é' > 'z', s.find('中'))
