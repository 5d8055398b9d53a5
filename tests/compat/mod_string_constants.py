import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, len(string.punctuation), len(string.printable))
print(string.capwords('hello   big world'))
t = string.Template('$who likes ${what}')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
