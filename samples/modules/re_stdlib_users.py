# Modules of CPython's library that are built on re run on coil: textwrap
# (word splitting by regular expressions), difflib (junk detection), and
# string.Template (placeholders).
import difflib
import textwrap
from string import Template

text = "The quick brown fox jumps over the lazy dog; well-known pangram, isn't it? " * 2
print(textwrap.fill(text, width=34))
print(textwrap.wrap("a-very-long-hyphenated-word and more", width=10))
print(textwrap.shorten("Hello   world, this is a long line", width=20, placeholder=" ..."))
print(repr(textwrap.dedent("""
    def f():
        return 1
""")))
print(textwrap.indent("one\n\ntwo\n", "> "), end="")

a = ["line one\n", "line two\n", "line three\n", "  # comment\n"]
b = ["line one\n", "line 2\n", "line three\n", "line four\n"]
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")), end="")
print(list(difflib.ndiff(["abc\n"], ["abd\n"])))
print(difflib.IS_LINE_JUNK("   # x\n"), difflib.IS_LINE_JUNK("x = 1\n"), difflib.get_close_matches("regx", ["regex", "rex", "re"]))

print(Template("$name owes ${amount} to $$you").substitute(name="Ann", amount="5"))
print(Template("$a $b").safe_substitute(a=1))
try:
    Template("$1").substitute()
except ValueError as e:
    print("ValueError:", e)
