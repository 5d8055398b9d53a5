# sys.exit() still runs the callbacks; a callback raising SystemExit does
# not change the status sys.exit() asked for.
import atexit
import sys

class Exiter:
    def __repr__(self):
        return "<Exiter>"
    def __call__(self):
        raise SystemExit(9)

atexit.register(print, "runs after sys.exit")
atexit.register(Exiter())
try:
    sys.exit(3)
finally:
    print("finally before exit")
