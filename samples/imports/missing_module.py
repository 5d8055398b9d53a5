# An import that fails: CPython's ModuleNotFoundError, caught and uncaught.
try:
    import _no_such_helper
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helpers import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import definitely_not_a_module
