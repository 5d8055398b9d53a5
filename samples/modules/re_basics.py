# CPython's own re package on coil's native _sre: compiling, match, search,
# fullmatch, findall, finditer, escape, purge, the pattern cache, pos and
# endpos, and the reprs of Pattern and Match objects.
import re

print(re.match(r"a+b", "aaab"), re.match(r"a+b", "xaab"))
print(re.search(r"\d+", "order 66 and 99"), re.search(r"\d+", "none"))
print(re.fullmatch(r"\w+", "hello"), re.fullmatch(r"\w+", "hello!"))
print(re.findall(r"\b\w", "the quick brown fox"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"(\w)\d", "a1 b2"))
print([m.group() for m in re.finditer(r"o\w*", "foo boot zoo")])
print([m.span() for m in re.finditer(r"x*", "axxb")])
print(re.findall(r"", "abc"), re.findall(r"a|", "bab"))

# Compiled patterns and their attributes.
p = re.compile(r"(?P<key>\w+)=(?P<value>\d+)")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile("plain").groupindex, type(p).__name__, type(p).__module__)
print(re.compile("x", re.I | re.M), re.compile(b"x", re.I), re.compile("x", re.A | re.S | re.X))
print(re.compile("x" * 250))
print(re.compile(r"a") is re.compile(r"a"), re.compile(p) is p)
print(p == re.compile(p.pattern), p == re.compile(p.pattern, re.I), hash(p) == hash(re.compile(p.pattern)))

# match starts at pos; search scans from pos; endpos cuts the subject.
q = re.compile(r"\d")
print(q.match("a1b2", 1), q.match("a1b2", 2), q.search("a1b2", 2), q.search("a1b2", 2, 3))
print(q.findall("1234", 1, 3), q.fullmatch("a1", 1), q.match("123", endpos=0))
print(re.compile("^b").search("ab", 1), re.compile(r"\bb").search("ab", 1), re.compile("a$").search("ab", 0, 1))
print(re.compile(r"(?m)^b").search("a\nb", 1), re.compile("$").search("ab", 0, 1).span())

# Matches are true; their repr shows at most 50 characters of the text.
m = re.search(r"x+", "a" + "x" * 80)
print(bool(m), m)
print(re.match(".*", "é" * 60))

print(re.escape("a.b*c?d[e] f-g\n"), re.escape(b"1+1=2"), re.escape("über_ok"))
re.purge()
print(re.match("a", "a").re is re.compile("a"))
print(re.Pattern, re.Match, re.Pattern[str], re.Match[bytes])

# The scanner behind finditer, and re.Scanner built on it.
sc = re.compile(r"\d").scanner("1a23")
print(sc.match(), sc.match(), sc.search(), sc.search(), sc.pattern.pattern)
lexicon = re.Scanner([(r"\d+", lambda s, t: ("NUM", t)), (r"[a-z]+", lambda s, t: ("ID", t)), (r"\s+", None)])
print(lexicon.scan("x 12 yz 3 !"))
