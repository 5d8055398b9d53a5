# sys.stdout, sys.stderr and sys.stdin answer what programs ask of a
# TextIOWrapper: encoding, errors, name, mode, fileno, isatty, writelines,
# and a binary buffer underneath.
import sys

print(sys.stdout.encoding)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.closed)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.isatty(), sys.stdin.isatty())
print(sys.stdout.writable(), sys.stdin.readable())
sys.stdout.writelines(["one\n", "two\n"])
print(sys.stdout.write("three\n"))
sys.stdout.flush()
print(sys.stdout.buffer.write(b"bytes through the buffer\n"))
sys.stdout.buffer.flush()
print(sys.stdout.buffer.name, sys.stdout.buffer.mode)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))
print(repr(sys.stdin.buffer.read()))
sys.stdout.reconfigure(encoding="utf-8", line_buffering=False)
print(sys.stdout.encoding, sys.stdout.line_buffering)
try:
    sys.stdout.reconfigure("utf-8")
except TypeError as e:
    print("TypeError:", e)
print("to stderr", file=sys.stderr)
sys.stderr.flush()
