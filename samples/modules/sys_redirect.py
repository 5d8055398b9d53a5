# print() and input() go through sys.stdout and sys.stdin, so a program can
# point them at StringIO objects (as contextlib.redirect_stdout and tests
# of interactive programs do).
import io
import sys

saved = sys.stdout
captured = io.StringIO()
sys.stdout = captured
print("captured", 1, 2.5, sep="|", end="!\n")
print("second line", flush=True)
sys.stdout = saved
print("the buffer holds", repr(captured.getvalue()))

sys.stdin = io.StringIO("first answer\nsecond answer\nno newline")
print(repr(input("question> ")))
print(repr(input()))
print(repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)

# With sys.stdout set to None, print() writes nothing.
sys.stdout = None
print("lost")
sys.stdout = saved

# The prompt goes to the replaced sys.stdout.
sys.stdout = io.StringIO()
sys.stdin = io.StringIO("typed\n")
answer = input("prompt: ")
written = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print(repr(answer), repr(written))


class Upper:
    def write(self, text):
        saved.write(text.upper())

    def flush(self):
        pass


sys.stdout = Upper()
print("any object with write()")
sys.stdout = saved
print("restored")
