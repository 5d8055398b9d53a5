# Text files with open(): writing, appending, reading back by lines and by
# characters, the modes with '+', encodings, and the file object's
# attributes. The files are named after the interpreter (so that CPython and
# coil running side by side do not share one) and rewritten at each run.
import sys

IMPL = sys.implementation.name


def scratch(name):
    return "scratch_%s_%s" % (IMPL, name)


def show(*values):
    print(*(str(v).replace(IMPL, "IMPL") for v in values))


name = scratch("text.txt")
with open(name, "w", encoding="utf-8") as f:
    show(repr(f))
    show(f.name, f.mode, f.encoding, f.errors, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write("first line\n"), f.write("sécond line\n"), f.write("third"))
    f.writelines(["\n", "fourth\n"])
    print(f.tell())
print(f.closed)

with open(name, encoding="utf-8") as f:
    print(f.read())
with open(name, encoding="utf-8") as f:
    print(f.readline(), end="")
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
with open(name, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip("\n"))
with open(name, "rb") as f:
    print(f.read())

# Appending.
with open(name, "a", encoding="utf-8") as f:
    print(f.tell() > 0, f.mode)
    f.write("appended\n")
with open(name, encoding="utf-8") as f:
    print(f.read().splitlines()[-2:])

# tell() and seek() on a text file.
with open(name, encoding="utf-8") as f:
    f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(f.readline() == second, pos)
    f.seek(0)
    print(repr(f.read(5)), f.tell())

# r+ reads and writes the same file; w+ truncates first.
with open(name, "r+", encoding="utf-8") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
with open(name, "w+", encoding="utf-8") as f:
    print(repr(f.read()))
    f.write("rewritten\n")
    f.seek(0)
    print(repr(f.read()))

# Encodings and newline translation on disk.
with open(name, "w", encoding="latin-1", newline="\r\n") as f:
    f.write("café\nend\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(f.readlines(), f.newlines)
with open(name, encoding="latin-1", newline="") as f:
    print(f.readlines())
with open(name, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
try:
    with open(name, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

# 'x' creates a file that must not exist yet.
fresh = scratch("fresh.txt")
with open(fresh, "w") as f:
    f.write("exists")
try:
    open(fresh, "x")
except FileExistsError as e:
    show("FileExistsError:", e)
with open(fresh) as f:
    print(f.read())

# A file left open is still written out when the program ends (CPython's
# finalizers close it); this one is read back by the next run... so it is
# only written here.
left_open = open(scratch("left_open.txt"), "w")
left_open.write("written at exit\n")
