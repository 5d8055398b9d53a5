# import of the user's own modules and packages from the script's folder:
# each module runs once and is cached in sys.modules.
import asyncio
import sys

import _helpers
import _helpers as again
from _helpers import fetch, shout
import _pkg.mod
from _pkg.mod import double

print(_helpers.GREETING, shout("hi"), again is _helpers)
print(_pkg.mod.double(21), double(4), _pkg.VERSION)
print("_helpers" in sys.modules, "_pkg.mod" in sys.modules)
print(asyncio.run(fetch(5)))
print(__name__)
