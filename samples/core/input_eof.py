# input() with stdin at end of file.
try:
    line = input()
    print("got", line)
except EOFError as e:
    print("EOFError:", repr(e), str(e) == "")
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, "after prompt")
