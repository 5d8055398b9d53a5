# re's errors: re.error with its message, position, line and column for bad
# patterns and bad escapes; bad group references in templates; TypeError for
# mixing str and bytes or for a subject that is neither; argument errors of
# Pattern and Match methods; _sre.compile refusing malformed code.
import re
import _sre

def show(f):
    try:
        r = f()
    except re.error as e:
        print("re.error:", e, "| msg:", e.msg, "| pos:", e.pos, "| line/col:", e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", r)

for pattern in ["(", "a)", "[a", "a**", "*a", r"\1", "(?P<1>a)", "(?P<a>x)(?P<a>y)", "(?P=nope)",
                "a{3,2}", "(?z)", r"\p", r"\ ", "[b-a]", r"[\d-z]", "(?<=a+)b", "(?<=a|bc)d", "x\ny\n(",
                "(?i", "(?#never closed", r"\N{NO SUCH NAME}", "(?(2)a|b)", "(?(x)a|b)", "a{4294967296}",
                "(?P<na-me>x)", "(?-z:a)", "(?i-i:a)", "(?ai)", "a++?", r"\U00110000"]:
    show(lambda: re.compile(pattern))
show(lambda: re.compile(b"(?u)x"))
show(lambda: re.compile("(?L)x"))
show(lambda: re.compile("x", re.A | re.U))
show(lambda: re.compile(b"\\xff\\N{LATIN SMALL LETTER A}"))
e = re.error("custom", "ab\ncd", 4)
print(e.msg, e.pos, e.lineno, e.colno, str(e), re.error is re.PatternError if hasattr(re, "PatternError") else "-")

# Templates.
for template in [r"\2", r"\g<x>", r"\g<-1>", r"\g<1", r"\g<>", r"\q", "\\", r"\8"]:
    show(lambda: re.sub(r"(a)", template, "a"))
show(lambda: re.compile(r"(a)").match("a").expand(r"\g<2>"))

# Types.
show(lambda: re.match("a", b"a"))
show(lambda: re.match(b"a", "a"))
show(lambda: re.match("a", 5))
show(lambda: re.compile(5))
show(lambda: re.sub("a", b"x", "abc"))
show(lambda: re.sub(b"a", "x", b"abc"))
show(lambda: re.compile(re.compile("a"), re.I))
show(lambda: re.findall(b"a", ["a"]))

# Arguments.
p = re.compile(r"(a)(?P<n>b)?")
m = p.match("a")
show(lambda: p.match())
show(lambda: p.match("a", "1"))
show(lambda: p.match("a", 2**70))
show(lambda: p.search("a", 0, 1, 2))
show(lambda: p.match("a", where=1))
show(lambda: p.sub("x"))
show(lambda: p.split())
show(lambda: m.group(3))
show(lambda: m.group("nope"))
show(lambda: m.group(-1))
show(lambda: m[1.5])
show(lambda: m.start(7))
show(lambda: m.span(1, 2))
show(lambda: m.groups(1, 2))
show(lambda: m.expand())
show(lambda: m.groupdict(default=1))
show(lambda: p.__deepcopy__())
show(lambda: re.Pattern())
show(lambda: re.Match())
show(lambda: type(p.scanner(""))())

# _sre.compile checks the code it is given.
show(lambda: _sre.compile("a", 0, [_sre.MAGIC], 0, {}, ()))
show(lambda: _sre.compile("a", 0, (1,), 0, {}, ()))
show(lambda: _sre.compile("a", 0, [2**32], 0, {}, ()))
show(lambda: _sre.compile("a", 0, [17, 0, 1], 0, {}, ()))
show(lambda: _sre.compile("a", 0, [1], 0, {}, ()).match("xyz"))
show(lambda: _sre.compile(None, 0, [16, 97, 1], 0, {}, ()).search("zza"))
