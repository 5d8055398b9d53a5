# atexit: callbacks run at normal exit, last registered first, with their
# arguments; unregister, the decorator form and the private helpers.
import atexit

def hello(name, punctuation="!"):
    print("goodbye", name + punctuation)

print(atexit.register(hello, "first") is hello)
atexit.register(hello, "second", punctuation="?")

@atexit.register
def decorated():
    print("decorated callback")

def removed():
    print("never printed")
atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
atexit.unregister(print)            # not registered: nothing happens

# The callbacks see the module's state as it is at exit.
state = {"value": "initial"}
atexit.register(lambda: print("state at exit:", state["value"]))
state["value"] = "final"

# A callback may register another: that one is not run in this round.
def registers_more():
    print("registering late")
    atexit.register(print, "late callback")
atexit.register(registers_more)

# _run_exitfuncs runs (and forgets) what is registered now.
n0 = atexit._ncallbacks()
atexit.register(print, "run early")
print(atexit._ncallbacks() - n0)
saved = []
def keep(x):
    saved.append(x)
atexit.register(keep, 1)
atexit.register(keep, 2)
# Run the private helpers on a copy of the real registrations: save them,
# clear, run our own, then register the originals again.
atexit._clear()
print(atexit._ncallbacks())
atexit.register(keep, "a")
atexit.register(keep, "b")
atexit._run_exitfuncs()
print(saved, atexit._ncallbacks())

# Registering again for real (the _clear above dropped them).
atexit.register(hello, "first")
atexit.register(hello, "second", punctuation="?")
atexit.register(decorated)
atexit.register(lambda: print("state at exit:", state["value"]))
atexit.register(registers_more)

# Misuse.
for call in [lambda: atexit.register(), lambda: atexit.register(5), lambda: atexit.unregister(),
             lambda: atexit._run_exitfuncs(1), lambda: atexit._clear(1), lambda: atexit._ncallbacks(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
print("end of script")
