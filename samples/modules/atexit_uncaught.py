# An uncaught exception: its traceback is printed first, then the atexit
# callbacks run; the exit status is the exception's (1).
import atexit

def cleanup(what):
    print("cleanup", what)

atexit.register(cleanup, "resources")
atexit.register(cleanup, "temp files")

def fail():
    raise RuntimeError("something broke")

print("working")
fail()
