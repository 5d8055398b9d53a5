# The regular expression engine backtracks on a stack of its own, not on the
# C++ one: a repeat of 300,000 iterations, deep lazy repeats and long
# backreference chains run to the end; patterns nested too deeply for the
# parser raise RecursionError; huge repeat counts are refused as CPython does.
import re

print(re.match(r"(?:a|b)*c", "ab" * 150000 + "c").end())
print(re.match(r"(a|b)*?c", "ab" * 50000 + "c").span(1))
print(re.match(r"(?:(\w)\1)*", "aabbcc" * 30000).end())
print(re.match(r"(?:x(?=x)|y)*+", "xy" * 20000 + "x").end())
print(re.fullmatch(r"(?:(?>a+)b)+", "aab" * 40000) is not None)
print(len(re.findall(r"(?:x+x+)+y", "x" * 18)), re.search(r"(a*)*b", "a" * 12))
print(re.match(r"(?:a{1,100}){1,100}b", "a" * 5000 + "b").end())
print(re.match("a{1000}", "a" * 1000).end(), re.match("(?:ab){1000,}", "ab" * 5000).end())
for depth in (50, 400, 3000):
    try:
        p = re.compile("(" * depth + "a" + ")" * depth)
        print(depth, p.match("a").span(depth))
    except RecursionError:
        print(depth, "RecursionError")
for count in ("4294967295", "4294967296", "99999999999999999999"):
    try:
        re.compile("a{%s}" % count)
    except OverflowError as e:
        print(count, "OverflowError:", e)
print(re.sub(r"(?:\w+\s*)+?!", "!", "word " * 2000 + "!"), len(re.split(r"(,)", "," * 100000)))
