# re's groups and flags: numbered and named groups, Match methods and
# attributes, lookahead and lookbehind, backreferences, conditionals, greedy,
# lazy, possessive and atomic repeats, and the flags inline and as arguments.
import copy
import re

m = re.match(r"(?P<word>\w+)(\d)?(?P<tail>x)? (\w+)", "abc1 def")
print(m.group(), m.group(1), m.group(1, 2, 3), m.group("word", 4), m[0], m["tail"], m[2])
print(m.groups(), m.groups("-"), m.groups(default=0), m.groupdict(), m.groupdict("?"))
print(m.start(), m.end(), m.span(1), m.span("tail"), m.start(3), m.end(4), m.regs)
print(m.string, m.re.pattern, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(copy.copy(m) is m, copy.deepcopy(m) is m, copy.copy(m.re) is m.re)
print(re.match(r"(a)(b)?", "a").lastindex, re.match(r"(?P<n>a)|(b)", "b").lastgroup, re.match("x", "x").lastindex)
print(re.match(r"((a)(b))", "ab").lastindex, re.match(r"(?P<out>(?P<in>a))", "a").lastgroup)

# Lookaround.
print(re.findall(r"\w+(?=!)", "hi! there yes!"), re.findall(r"\w+(?!\w|!)", "hi! there"))
print(re.findall(r"(?<=\$)\d+", "$10 and 20 and $30"), re.findall(r"(?<!\$)\b\d+", "$10 and 20"))
print(re.search(r"(?<=ab)c", "abc"), re.search(r"(?<![a-z])\d", "a1 2"))

# Backreferences and conditionals.
print(re.search(r"(\w)\1", "hello"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"x\""))
print(re.findall(r"\b(\w+) \1\b", "the the cat sat sat"), re.match(r"(a)|\1", "x"))
print(re.match(r"(<)?(\w+)(?(1)>|$)", "<tag>"), re.match(r"(<)?(\w+)(?(1)>|$)", "tag"))
print(re.match(r"(<)?(\w+)(?(1)>|$)", "<tag"), re.match(r"(?P<p>\()?\d+(?(p)\))", "(12)"))

# Repetition: greedy, lazy, possessive, atomic; and how groups keep the last iteration.
s = "<a><b>"
print(re.match(r"<.*>", s).group(), re.match(r"<.*?>", s).group(), re.match(r"<.*+>", s))
print(re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group(), re.match(r"a{2,}+", "aaaa").group())
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"), re.match(r"(?:a|ab)++c", "ababc"))
print(re.match(r"(\w)+", "abc").group(1), re.match(r"(\w)*?c", "abc").group(1), re.match(r"(a|b)*", "abba").groups())
print(re.match(r"(?:(a)|b)*", "ab").groups(), re.match(r"((a)|b)+", "ab").groups(), re.match(r"(a*)*b", "aab").groups())
print(re.match(r"(x{2})+", "xxxxx").span(), re.match(r"(?:x{1,2}?){2}", "xxxx").span(), re.match(r"x{0}y", "y"))

# Flags.
print(re.findall(r"a.c", "abc a\nc"), re.findall(r"a.c", "abc a\nc", re.S), re.findall(r"(?s)a.c", "a\nc"))
print(re.findall(r"^\w", "one\ntwo"), re.findall(r"^\w", "one\ntwo", re.M), re.findall(r"\w$", "one\ntwo\n", re.M))
print(re.findall(r"hello", "Hello HELLO", re.I), re.findall(r"(?i)[a-c]+", "xAbCy"))
print(re.match(r"""(\d+)  # the number
                   \s*  (\w+) # the unit""", "12 kg", re.X).groups())
print(re.findall(r"\w+", "naïve café"), re.findall(r"\w+", "naïve café", re.A), re.findall(r"(?a:\w+) \w+", "ab é"))
print(re.match(r"(?i:a)b", "Ab"), re.match(r"(?i:a)b", "AB"), re.match(r"(?-i:a)b", "aB", re.I))
print(re.search(r"\Aab\Z", "ab"), re.search(r"\Aab\Z", "ab\n"), re.search(r"ab$", "ab\n"))
print(re.compile("(?i)x").flags == re.I | re.U, re.I, re.IGNORECASE | re.MULTILINE, repr(re.NOFLAG))
