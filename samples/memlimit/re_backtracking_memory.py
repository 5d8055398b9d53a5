# Under a 1 GiB address-space limit: a match whose backtracking records
# (one per iteration of a repeat that may have to be undone) outgrow the
# memory raises MemoryError, and the program goes on.
import re

subject = "ab" * 40_000_000 + "c"
try:
    m = re.match(r"(?:ab|cd)*c", subject)
    print("matched", m.end())
except MemoryError as e:
    print("MemoryError", repr(e))
del subject
print(re.match(r"(?:ab|cd)*c", "ab" * 1000 + "c").end())
