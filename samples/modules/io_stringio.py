# io.StringIO: an in-memory text stream, with CPython's positions, newline
# handling and messages.
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


s = io.StringIO("héllo\nwörld\n")
print(s.read(3), s.tell())
print(repr(s.readline()), s.tell())
print(repr(s.readline()), repr(s.readline()))
print(s.seek(0), repr(s.read()))
print(s.getvalue() == "héllo\nwörld\n")

# Writing overwrites from the position; past the end it pads with NULs.
s = io.StringIO()
print(s.write("abcdef"), s.tell())
s.seek(2)
s.write("XY")
print(repr(s.getvalue()))
s.seek(10)
s.write("!")
print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
print(s.truncate(), repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1))

# The initial value is not where writing starts: the position is 0.
s = io.StringIO("initial")
s.write("NEW")
print(repr(s.getvalue()))

# Lines, iteration, readlines with a hint.
s = io.StringIO("one\ntwo\nthree\nfour")
print(list(s))
s.seek(0)
print(s.readlines(5))
print(s.readlines())
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(-1)), repr(s.readline(None)))
print([line.rstrip() for line in io.StringIO("a\nb\n")])

# Context manager and closing.
with io.StringIO("x") as s:
    print(s.closed, s.readable(), s.writable(), s.seekable())
print(s.closed)
attempt("read after close", s.read)
attempt("write after close", lambda: s.write("x"))
attempt("getvalue after close", s.getvalue)
attempt("iterate after close", lambda: next(iter(s)))
s.close()

# Attributes a text stream has.
s = io.StringIO()
print(s.encoding, s.errors, s.newlines, s.line_buffering)
attempt("detach", s.detach)
attempt("fileno", s.fileno)
attempt("isatty", s.isatty)

# Errors with CPython's messages.
s = io.StringIO("abc")
attempt("write bytes", lambda: s.write(b"x"))
attempt("negative seek", lambda: s.seek(-1))
attempt("relative seek", lambda: s.seek(1, 1))
attempt("bad whence", lambda: s.seek(0, 5))
attempt("negative truncate", lambda: s.truncate(-1))
attempt("read str", lambda: s.read("2"))
attempt("bytes initial", lambda: io.StringIO(b"x"))
attempt("bad newline", lambda: io.StringIO("", newline="x"))
attempt("newline type", lambda: io.StringIO("", newline=3))
attempt("keyword", lambda: io.StringIO(initial_value="kw", newline=None).getvalue())
attempt("too many", lambda: io.StringIO("a", "\n", 3))

# print() and writelines into a StringIO.
buf = io.StringIO()
print("to", "buffer", sep="-", file=buf)
buf.writelines(["x\n", "y\n"])
print(repr(buf.getvalue()))
