# open()'s checks of its arguments, the OSError subclasses of failed opens,
# and the errors of closed files, each with CPython's message.
import io
import sys

IMPL = sys.implementation.name


def scratch(name):
    return "scratch_%s_%s" % (IMPL, name)


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", str(result).replace(IMPL, "IMPL"))
    except Exception as e:
        print(label, type(e).__name__ + ":", str(e).replace(IMPL, "IMPL"))


name = scratch("modes.txt")
with open(name, "w") as f:
    f.write("some text\n")

for mode in ("", "b", "t", "+", "rw", "rr", "rq", "rbt", "U", "rU", "wx", "r+b", "bw", "tr"):
    attempt("mode %r" % mode, lambda: type(open(name, mode)).__name__)
attempt("mode int", lambda: open(name, 5))
attempt("binary encoding", lambda: open(name, "rb", encoding="utf-8"))
attempt("binary errors", lambda: open(name, "rb", errors="strict"))
attempt("binary newline", lambda: open(name, "rb", newline=""))
attempt("unbuffered text", lambda: open(name, "r", buffering=0))
attempt("buffering str", lambda: open(name, "r", buffering="x"))
attempt("encoding int", lambda: open(name, encoding=5))
attempt("unknown encoding", lambda: open(name, encoding="no-such-codec"))
attempt("bad newline", lambda: open(name, newline="q"))
attempt("file list", lambda: open([1]))
attempt("file float", lambda: open(3.5))
attempt("no file", lambda: open())
attempt("too many", lambda: open(name, "r", 1, None, None, None, True, None, 5))
attempt("bad keyword", lambda: open(name, bogus=1))
attempt("null byte", lambda: open("a\0b"))
attempt("closefd with name", lambda: open(name, closefd=False))
attempt("negative fd", lambda: open(-3))

attempt("missing file", lambda: open("no_such_file.txt"))
attempt("missing dir", lambda: open("no_such_dir/file.txt", "w"))
attempt("directory", lambda: open("."))
try:
    open("no_such_file.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))

# A descriptor can be opened again without being closed (closefd=False),
# and an opener supplies the descriptor open() uses.
with open(name, "rb") as f:
    fd = f.fileno()
    g = open(fd, "rb", closefd=False)
    print(g.read(4), g.raw.closefd, g.name == fd)
    g.close()
    print(f.read())
src = open(name, "rb", buffering=0)
descriptor = src.fileno()
with open(name, opener=lambda path, flags: descriptor) as f:
    print(repr(f.read(4)))
attempt("close a descriptor closed already", src.close)
attempt("opener not int", lambda: open(name, opener=lambda p, f: "x"))
attempt("opener negative", lambda: open(name, opener=lambda p, f: -1))

# Operations on closed files.
f = open(name)
f.close()
for label, call in [("read", f.read), ("readline", f.readline), ("write", lambda: f.write("x")),
                    ("tell", f.tell), ("seek", lambda: f.seek(0)), ("flush", f.flush),
                    ("fileno", f.fileno), ("iterate", lambda: next(iter(f))), ("enter", f.__enter__)]:
    attempt("text closed " + label, call)
b = open(name, "rb")
b.close()
for label, call in [("read", b.read), ("peek", b.peek), ("readline", b.readline), ("seek", lambda: b.seek(0)),
                    ("tell", b.tell), ("flush", b.flush), ("fileno", b.fileno)]:
    attempt("binary closed " + label, call)
w = open(name, "ab")
w.close()
attempt("writer closed write", lambda: w.write(b"x"))
attempt("writer closed flush", w.flush)
r = open(name, "rb", buffering=0)
r.close()
attempt("raw closed read", r.read)
attempt("raw closed repr", lambda: repr(r))
f.close()
print("closing twice is fine")

# Reading a write-only file and writing a read-only one.
with open(name, "w") as f:
    attempt("read write-only", f.read)
with open(name) as f:
    attempt("write read-only", lambda: f.write("x"))
with open(name, "rb") as f:
    attempt("binary write read-only", lambda: f.write(b"x"))
    attempt("truncate read-only", f.truncate)
