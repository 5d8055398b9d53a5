# Callbacks that fail: each failure is reported ("Exception ignored in
# atexit callback") with its traceback, the others still run, and the exit
# status stays what the program made it.
import atexit
import sys

class Named:
    """A callable with a fixed repr (a function's repr holds an address)."""
    def __init__(self, name, action):
        self.name, self.action = name, action
    def __repr__(self):
        return "<callback " + self.name + ">"
    def __call__(self):
        self.action()

def divide():
    return 1 / 0

def leave():
    sys.exit(5)

atexit.register(print, "last to run")
atexit.register(Named("divide", divide))
atexit.register(Named("exit", leave))
atexit.register(int, "not a number")     # a builtin: no Python frames in its traceback
atexit.register(print, "first to run")
print("script done")
