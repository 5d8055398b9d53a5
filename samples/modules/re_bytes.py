# re over bytes: bytes patterns against bytes, bytearray and memoryview
# subjects (groups come back as bytes), ASCII-only classes and case folding,
# re.LOCALE, and bytes templates.
import re

data = b"GET /index.html HTTP/1.1\r\nHost: example.org\r\n\r\n"
m = re.match(rb"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(\d)\.(\d)", data)
print(m, m.groups(), m.groupdict(), m.span("path"))
print(re.findall(rb"^(\w+): (.*)\r$", data, re.M))
print(re.split(rb"\r\n", data), re.sub(rb"\r\n", b"|", data))
print(re.subn(rb"(\w+)\.(\w+)", rb"\2.\1", b"index.html example.org"))

ba = bytearray(b"abc 123 def")
print(re.findall(rb"\d", ba), re.search(rb"\d+", ba), re.sub(rb"\d", b"#", ba), type(re.sub(rb"\d", b"#", ba)))
mv = memoryview(b"xx yy zz")
print(re.findall(rb"\w+", mv), re.match(rb"x+", mv).group(), re.split(rb" ", mv[3:]))
mba = re.match(rb"(\w+)", ba)
print(mba.group(1), type(mba.string).__name__, mba.string is ba)

# Classes and case are ASCII for bytes; \xe9 is not a word character.
print(re.findall(rb"\w+", b"caf\xe9 na\xefve"), re.findall(rb"\s+", b"a\x1cb \tc\x85d"))
print(re.match(rb"(?i)caf\xc9", b"CAF\xe9"), re.match(rb"(?i)CAFE", b"cafe"), re.findall(rb"(?i)[a-c]", b"AbCd"))
print(re.findall(rb"[\x80-\xff]+", b"a\x80\x90b\xffc"), re.findall(rb"[^\x00-\x7f]", b"\x01\xfe"))
print(re.findall(rb"\d+", b"12 \xd9\xa3 4"), re.match(rb".", b"\n"), re.match(rb"(?s).", b"\n"))

# re.LOCALE is for bytes only; its case and word rules follow the C locale.
print(re.findall(rb"(?L)\w+", b"ab_1 \xe9"), re.match(rb"(?iL)ab", b"AB"), re.match(rb"(?L)\bx\b", b"x"))
print(re.compile(rb"x", re.L), re.compile(rb"x", re.L | re.I).flags)

print(re.escape(b"a.b\x00\xff"), re.fullmatch(rb"\x00+", b"\x00\x00"), re.match(rb"\0\x01\001", b"\x00\x01\x01"))
print(re.compile(b"(?P<x>a)").sub(rb"\g<x>\g<x>", b"bab"), re.sub(rb"a", lambda m: m.group().upper(), b"banana"))
print(re.sub(rb"a", rb"\n", b"a"), re.sub(rb"(a)", rb"\1\0", b"a"), re.sub(rb"a", rb"\101", b"a"))
