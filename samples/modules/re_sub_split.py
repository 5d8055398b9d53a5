# re.sub, re.subn and re.split: literal replacements, templates with group
# references, callables, counts, empty matches, and split's groups.
import re

print(re.sub(r"\s+", " ", "a  b \t\n c"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first> (\g<0>)", "Ada Lovelace"))
print(re.sub(r"(a)(b)?", r"[\1\2]", "ab a"), re.sub(r"x", r"\n\t\\", "x"))
print(re.sub(r"(\d)", lambda m: str(int(m.group(1)) * 2), "a1b2c3"))
print(re.sub(r"\w+", lambda m: m.group().upper() if len(m.group()) > 2 else None, "to be or not"))
print(re.sub("a", "b", "aaaa", 2), re.sub("a", "b", "aaaa", count=0), re.sub("a", "b", "aaaa", count=-1))
print(re.subn(r"o", "0", "foo boo"), re.subn("z", "-", "abc"))
print(re.sub("x*", "-", "abxd"), re.subn("", "|", "abc"), re.sub("(?=b)", "^", "abab"))
print(re.sub(r"\b", "|", "hi you"), re.sub(r"$", "!", "line\n"), re.sub(r"(?m)^", "> ", "a\nb"))
print(re.compile(r"\d").sub("#", "a1b22"), re.compile(r"(\d)").subn(r"<\1>", "x9y8", 1))

# Templates are compiled once (re._compile_repl) and reused.
pat = re.compile(r"(\w)(\w)")
print([pat.sub(r"\2\1", w) for w in ["abcd", "xy", "z"]])
m = pat.search("hello")
print(m.expand(r"\2-\1"), m.expand(r"\g<2>\g<1>!"), m.expand("no refs"))

print(re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.split(r"(,)", "a,b,c"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(",", "a,b,c,d", 2), re.split(",", "a,b,c", maxsplit=1), re.split(",", "a,b", maxsplit=-1))
print(re.split(r"x*", "axbc"), re.split(r"\b", "hi you"), re.split("", "abc"))
print(re.split(r"\s+", "  lead and trail  "), re.split("z", ""), re.split(r"(z)?", "ab"))
print(re.compile(r"\W+").split("Words, words, words."), re.compile(r"(\W+)").split("Words, words."))

# A callable repl can see the whole match.
def swap(m):
    return "%s=%s" % (m.group("v"), m.group("k"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", swap, "a=1 b=2"))
counter = iter(range(100))
print(re.sub(r"\w", lambda m: str(next(counter)), "a b c"))
