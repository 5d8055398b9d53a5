# print with sep/end and printing to stderr.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=" <end>\n")
print("no newline", end="")
print(" continued")
print()
print(1, 2.5, None, [1], sep="|")
print("to stderr", file=sys.stderr)
print("err", 42, sep="-", file=sys.stderr)
sys.stderr.write("written directly\n")
sys.stdout.write("stdout write\n")
print("done")
