# A catastrophic regular expression (exponential backtracking) does not hang
# the interpreter for good: the matcher polls for signals as CPython's does,
# so a handler runs during the match and its exception ends it.
import re
import signal

class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    raise Timeout("match took too long")

signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
try:
    re.match(r"(x+x+)+y", "x" * 64)
except Timeout as e:
    print("interrupted:", e)
signal.alarm(0)
print(re.match(r"(x+x+)+y", "x" * 10 + "y").span())
